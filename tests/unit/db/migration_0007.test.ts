import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

/** The schema this migration starts from. */
const PREVIOUS = '0006_phones';
const THIS = '0007_paperwork';

function seed(raw: DatabaseSync) {
  raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at) values ('w', 'PLM Bengkalis', '2022-10-13', '2022-10-13', '', 'now', 'now')`);
  raw.exec(`insert into groups (id, workshop_id, name, color, position, created_at, updated_at) values ('g', 'w', 'Desa Wonosari', 'blue', 'a0', 'now', 'now')`);
  raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', 'now', 'now')`);
  raw.exec(`insert into participants (id, workshop_id, group_id, name, role, created_at, updated_at) values ('p', 'w', 'g', 'Siti', 'village_librarian', 'now', 'now')`);
}

describe('migration 0007_paperwork', () => {
  it('keeps the meeting as it was and adds empty paperwork tables that name their workshop', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    seed(raw);
    await migrateTo(THIS);
    expect(raw.prepare('select name from participants').all()).toEqual([{ name: 'Siti' }]);
    for (const table of ['photos', 'session_minutes', 'certificate_settings', 'certificate_serials', 'award_categories', 'award_criteria', 'award_jurors', 'award_scores']) {
      const columns = (raw.prepare(`pragma table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name);
      expect(columns, table).toContain('workshop_id');
      expect(raw.prepare(`select count(*) as n from ${table}`).get()).toEqual({ n: 0 });
    }
  });

  it('refuses scores out of range and duplicate certificate numbers, and deletes a workshop’s paperwork with it', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    seed(raw);
    await migrateTo(THIS);
    raw.exec(`insert into photos (id, workshop_id, session_id, width, height, image, thumbnail, position, created_at, updated_at) values ('f', 'w', 's', 10, 10, x'ffd8ff', x'ffd8ff', 'a0', 'now', 'now')`);
    raw.exec(`insert into award_categories (id, workshop_id, name, position, created_at, updated_at) values ('a', 'w', 'Perpustakaan Desa Terbaik', 'a0', 'now', 'now')`);
    raw.exec(`insert into award_criteria (id, workshop_id, category_id, name, weight, position) values ('k', 'w', 'a', 'Layanan', 40, 0)`);
    raw.exec(`insert into award_jurors (id, workshop_id, name, position) values ('j', 'w', 'Juri 1', 0)`);
    raw.exec(`insert into award_scores values ('w', 'k', 'j', 'g', 85, 'now')`);
    expect(() => raw.exec(`insert into award_scores values ('w', 'k', 'j', 'g2', 101, 'now')`)).toThrow(/CHECK/);
    expect(() => raw.exec(`insert into award_criteria (id, workshop_id, category_id, name, weight, position) values ('k2', 'w', 'a', 'X', 0, 1)`)).toThrow(/CHECK/);
    raw.exec(`insert into certificate_serials values ('p', 'w', 1, 'now')`);
    raw.exec(`insert into participants (id, workshop_id, name, role, created_at, updated_at) values ('p2', 'w', 'Riki', 'master_trainer', 'now', 'now')`);
    expect(() => raw.exec(`insert into certificate_serials values ('p2', 'w', 1, 'now')`)).toThrow(/UNIQUE/);
    raw.exec(`delete from workshops where id = 'w'`);
    for (const table of ['photos', 'award_categories', 'award_criteria', 'award_scores', 'award_jurors', 'certificate_serials']) {
      expect(raw.prepare(`select count(*) as n from ${table}`).get(), table).toEqual({ n: 0 });
    }
  });
});
