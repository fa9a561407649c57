import { describe, expect, it } from 'vitest';
import { formatDateField, formatTime, parseDateField, parseTime } from '../../../renderer/src/format.ts';

describe('dates and times as Indonesians write them', () => {
  it('shows a day as dd/mm/yyyy and reads it back, however it is typed', () => {
    expect(formatDateField('2019-10-15')).toBe('15/10/2019');
    expect(parseDateField('15/10/2019')).toBe('2019-10-15');
    expect(parseDateField(' 5/9/2022 ')).toBe('2022-09-05');
    expect(parseDateField('15-10-2019')).toBe('2019-10-15');
    expect(parseDateField('15.10.2019')).toBe('2019-10-15');
    expect(parseDateField('2019-10-15')).toBe('2019-10-15');
  });

  it('refuses what is not a day of the calendar', () => {
    expect(parseDateField('31/02/2019')).toBeNull();
    expect(parseDateField('10/15/2019')).toBeNull();
    expect(parseDateField('15/10/19')).toBeNull();
    expect(parseDateField('besok')).toBeNull();
    expect(parseDateField('')).toBeNull();
  });

  it('writes times "09.00" in Indonesian and reads them typed in any usual way', () => {
    expect(formatTime('09:00', 'id')).toBe('09.00');
    expect(formatTime('09:00', 'en')).toBe('09:00');
    expect(parseTime('9')).toBe('09:00');
    expect(parseTime('9.00')).toBe('09:00');
    expect(parseTime('14.30')).toBe('14:30');
    expect(parseTime('14:30')).toBe('14:30');
    expect(parseTime('0930')).toBe('09:30');
    expect(parseTime('24.00')).toBeNull();
    expect(parseTime('9.75')).toBeNull();
    expect(parseTime('pagi')).toBeNull();
  });
});
