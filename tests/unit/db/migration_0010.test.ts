import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

/** The schema this migration starts from. */
const PREVIOUS = '0009_paperwork_editor';
const THIS = '0010_safety';

describe('migration 0010_safety', () => {
  it('gives links and check-ins the time they last changed, from what each row already told', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    raw.exec(`insert into workshops (id, title, start_date, end_date, created_at, updated_at) values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', 'now', 'now');
      insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', 'now', 'now');
      insert into cards (id, workshop_id, session_id, kind, text, position, created_at, updated_at) values
        ('c1', 'w', 's', 'challenge', 'Internet lambat', 'a0', 'now', 'now'), ('c2', 'w', 's', 'solution', 'Modem bersama', 'a1', 'now', 'now');
      insert into links (id, workshop_id, from_card_id, to_card_id, created_at, deleted_at) values
        ('live', 'w', 'c2', 'c1', '2019-10-15T09:00:00.000Z', null), ('gone', 'w', 'c1', 'c2', '2019-10-15T09:00:00.000Z', '2019-10-15T10:00:00.000Z');
      insert into participants (id, workshop_id, name, role, created_at, updated_at) values ('p', 'w', 'Bu Sri', 'participant', 'now', 'now');
      insert into attendance (participant_id, day, checked_in_at) values ('p', 1, '2019-10-15T07:45:00.000Z');`);
    await migrateTo(THIS);
    expect(raw.prepare('select id, updated_at from links order by id').all()).toEqual([
      { id: 'gone', updated_at: '2019-10-15T10:00:00.000Z' },
      { id: 'live', updated_at: '2019-10-15T09:00:00.000Z' },
    ]);
    expect(raw.prepare('select day, updated_at from attendance').all()).toEqual([{ day: 1, updated_at: '2019-10-15T07:45:00.000Z' }]);
  });

  it('gives certificate numbers, award criteria and jurors the time they last changed', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    raw.exec(`insert into workshops (id, title, start_date, end_date, created_at, updated_at) values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', 'now', '2019-10-14T10:00:00.000Z');
      insert into participants (id, workshop_id, name, role, created_at, updated_at) values ('p', 'w', 'Bu Sri', 'participant', 'now', 'now');
      insert into certificate_serials (participant_id, workshop_id, serial, issued_at) values ('p', 'w', 1, '2019-10-17T15:00:00.000Z');
      insert into award_categories (id, workshop_id, name, position, created_at, updated_at) values ('a', 'w', 'Perpustakaan terbaik', 'a0', 'now', '2019-10-16T09:00:00.000Z');
      insert into award_criteria (id, workshop_id, category_id, name, weight, position) values ('k', 'w', 'a', 'Kegiatan', 50, 0);
      insert into award_jurors (id, workshop_id, name, position) values ('j', 'w', 'Pak Bambang', 0);`);
    await migrateTo(THIS);
    expect(raw.prepare('select updated_at from certificate_serials').get()).toEqual({ updated_at: '2019-10-17T15:00:00.000Z' });
    expect(raw.prepare('select updated_at from award_criteria').get()).toEqual({ updated_at: '2019-10-16T09:00:00.000Z' });
    expect(raw.prepare('select updated_at from award_jurors').get()).toEqual({ updated_at: '2019-10-14T10:00:00.000Z' });
  });
});
