import { describe, expect, it } from 'vitest';
import { signingPlace } from '../../../electron/core/pdf/closing-page.ts';
import { formatDate, formatDateRange, formatDay, formatNumber, formatPercent } from '../../../electron/core/pdf/format.ts';
import { meetingDay } from '../../../shared/schemas.ts';

describe('dates and numbers in a laporan kegiatan', () => {
  it('writes a day the Indonesian way, and the English way for an English report', () => {
    expect(formatDay('2019-10-15', 'id')).toBe('Selasa, 15 Oktober 2019');
    expect(formatDay('2022-09-28', 'id')).toBe('Rabu, 28 September 2022');
    expect(formatDay('2019-10-15', 'en')).toBe('Tuesday, 15 October 2019');
    expect(formatDate('2019-12-31', 'id')).toBe('31 Desember 2019');
  });

  it('writes the meeting dates as one range, and one date for a one-day meeting', () => {
    expect(formatDateRange('2019-10-15', '2019-10-17', 'id')).toBe('15–17 Oktober 2019');
    expect(formatDateRange('2022-09-28', '2022-10-01', 'id')).toBe('28 September\u2009–\u20091 Oktober 2022');
    expect(formatDateRange('2022-10-13', '2022-10-13', 'id')).toBe('13 Oktober 2022');
  });

  it('finds the calendar day of each meeting day, across a month end', () => {
    expect(meetingDay('2019-10-15', 1)).toBe('2019-10-15');
    expect(meetingDay('2019-10-15', 3)).toBe('2019-10-17');
    expect(meetingDay('2022-09-29', 3)).toBe('2022-10-01');
  });

  it('groups thousands with a dot in Indonesian and a comma in English', () => {
    expect(formatNumber(1000, 'id')).toBe('1.000');
    expect(formatNumber(1250, 'en')).toBe('1,250');
    expect(formatPercent(57 / 59, 'id')).toBe('97%');
  });

  it('signs in the kabupaten/kota of the meeting, else the town of the venue, else leaves it to be written', () => {
    expect(signingPlace({ regencyName: 'Kota Bandar Lampung', venue: 'Hotel Novotel' })).toBe('Bandar Lampung');
    expect(signingPlace({ regencyName: 'Kabupaten Bengkalis', venue: '' })).toBe('Bengkalis');
    expect(signingPlace({ regencyName: null, venue: 'Hotel Singgasana, Makassar' })).toBe('Makassar');
    expect(signingPlace({ regencyName: null, venue: 'Aula DPK Kobar' })).toBeNull();
  });
});
