import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

describe('migration 0002_setup', () => {
  it('keeps an existing workshop, its groups and cards, and gives it the default details', async () => {
    const { raw, migrateTo } = await databaseAt('0001_init');
    raw.exec(`insert into workshops values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', 'Novotel', 'now', 'now')`);
    raw.exec(`insert into groups values ('g', 'w', 'Way Kanan', 'blue', 'a0', '18.08', 'now', 'now')`);
    raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', '', 'board', 'blank', 'a0', 'now', 'now')`);
    raw.exec(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at) values ('c', 'w', 's', 'g', 'challenge', 'Internet lambat', 'a0', 'now', 'now')`);

    await migrateTo('0002_setup');

    expect(raw.prepare('select title, venue, level, province_code, regency_code, organizer, mode from workshops').get()).toEqual({
      title: 'PLM Lampung',
      venue: 'Novotel',
      level: 'province',
      province_code: null,
      regency_code: null,
      organizer: '',
      mode: 'in_person',
    });
    expect(raw.prepare('select name, region_code from groups').get()).toEqual({ name: 'Way Kanan', region_code: '18.08' });
    expect(raw.prepare('select text, group_id from cards').get()).toEqual({ text: 'Internet lambat', group_id: 'g' });
  });

  it('adds the roster and attendance, guarded: names, genders, days, and no orphans', async () => {
    const { raw, migrateTo } = await databaseAt('0001_init');
    await migrateTo('0002_setup');
    raw.exec(`insert into workshops (id, title, start_date, end_date, created_at, updated_at) values ('w', 'PLM', '2019-10-15', '2019-10-17', 'now', 'now')`);
    raw.exec(`insert into groups (id, workshop_id, name, color, position, region_code, created_at, updated_at) values ('g', 'w', 'Way Kanan', 'blue', 'a0', null, 'now', 'now')`);
    const person = (id: string, name: string, gender: string | null) =>
      raw.prepare(`insert into participants (id, workshop_id, group_id, name, gender, role, created_at, updated_at) values (?, 'w', 'g', ?, ?, 'village_head', 'now', 'now')`).run(id, name, gender);
    person('p1', 'Siti Rahayu', 'female');
    expect(() => person('p2', '', null)).toThrow(/CHECK/);
    expect(() => person('p3', 'Budi', 'L')).toThrow(/CHECK/);
    raw.exec(`insert into attendance values ('p1', 1, 'now')`);
    expect(() => raw.exec(`insert into attendance values ('p1', 1, 'again')`)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => raw.exec(`insert into attendance values ('p1', 6, 'now')`)).toThrow(/CHECK/);
    expect(() => raw.exec(`insert into attendance values ('nobody', 2, 'now')`)).toThrow(/FOREIGN KEY/);

    // A deleted group leaves its participants on the roster, without a group.
    raw.exec(`delete from groups where id = 'g'`);
    expect(raw.prepare('select group_id from participants').get()).toEqual({ group_id: null });
  });
});
