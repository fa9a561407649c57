import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

/** The schema this migration starts from. */
const PREVIOUS = '0007_paperwork';

describe('migration 0009_paperwork_editor', () => {
  it('gives photos, minutes and certificate settings a first revision, and keeps everything as it was, not deleted', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at) values ('w', 'PLM Bengkalis', '2022-10-13', '2022-10-13', '', 'now', 'now')`);
    raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', 'now', 'now')`);
    raw.exec(`insert into photos (id, workshop_id, session_id, caption, width, height, image, thumbnail, position, created_at, updated_at) values ('f', 'w', 's', 'Plano Wonosari', 10, 10, x'ffd8ff', x'ffd8ff', 'a0', 'now', 'now')`);
    raw.exec(`insert into session_minutes values ('s', 'w', 'Dibuka oleh Kepala Dinas', 'now')`);
    raw.exec(`insert into certificate_settings (workshop_id, signatory_name, updated_at) values ('w', 'Drs. H. Elmunir', 'now')`);
    raw.exec(`insert into award_categories (id, workshop_id, name, position, created_at, updated_at) values ('a', 'w', 'Perpustakaan Desa Terbaik', 'a0', 'now', 'now')`);
    raw.exec(`insert into award_criteria (id, workshop_id, category_id, name, weight, position) values ('k', 'w', 'a', 'Layanan', 40, 0)`);
    raw.exec(`insert into award_jurors (id, workshop_id, name, position) values ('j', 'w', 'Juri 1', 0)`);

    await migrateTo('0009_paperwork_editor');

    expect(raw.prepare('select caption, revision, deleted_at from photos').all()).toEqual([{ caption: 'Plano Wonosari', revision: 1, deleted_at: null }]);
    expect(raw.prepare('select text, revision from session_minutes').all()).toEqual([{ text: 'Dibuka oleh Kepala Dinas', revision: 1 }]);
    expect(raw.prepare('select signatory_name, revision from certificate_settings').all()).toEqual([{ signatory_name: 'Drs. H. Elmunir', revision: 1 }]);
    for (const table of ['award_categories', 'award_criteria', 'award_jurors']) {
      expect(raw.prepare(`select deleted_at from ${table}`).all(), table).toEqual([{ deleted_at: null }]);
    }
    expect(raw.prepare('select count(*) as n from award_books').get()).toEqual({ n: 0 });
  });

  it('keeps one awards book revision per workshop, removed with the workshop', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    await migrateTo('0009_paperwork_editor');
    raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at) values ('w', 'PLM Bengkalis', '2022-10-13', '2022-10-13', '', 'now', 'now')`);
    raw.exec(`insert into award_books (workshop_id, updated_at) values ('w', 'now')`);
    expect(raw.prepare('select revision from award_books').all()).toEqual([{ revision: 1 }]);
    expect(() => raw.exec(`insert into award_books (workshop_id, updated_at) values ('w', 'later')`)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => raw.exec(`insert into award_books (workshop_id, updated_at) values ('nowhere', 'now')`)).toThrow(/FOREIGN KEY/);
    raw.exec(`delete from workshops where id = 'w'`);
    expect(raw.prepare('select count(*) as n from award_books').get()).toEqual({ n: 0 });
  });
});
