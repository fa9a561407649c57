import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

describe('migration 0004_editor', () => {
  it('gives every row the renderer shows a first revision, and keeps the rows as they were', async () => {
    const { raw, migrateTo } = await databaseAt('0003_board');
    raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at) values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', '', 'now', 'now')`);
    raw.exec(`insert into groups (id, workshop_id, name, color, position, created_at, updated_at) values ('g', 'w', 'Way Kanan', 'blue', 'a0', 'now', 'now')`);
    raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', 'now', 'now')`);
    raw.exec(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at) values ('c', 'w', 's', 'g', 'challenge', 'Internet lambat', 'a0', 'now', 'now')`);
    raw.exec(`insert into participants (id, workshop_id, group_id, name, role, created_at, updated_at) values ('p', 'w', 'g', 'Siti Rahayu', 'village_head', 'now', 'now')`);

    await migrateTo('0004_editor');

    for (const table of ['workshops', 'groups', 'sessions', 'cards', 'participants']) {
      expect(raw.prepare(`select revision from ${table}`).all(), table).toEqual([{ revision: 1 }]);
    }
    expect(raw.prepare('select id, text, group_id, position from cards').get()).toEqual({ id: 'c', text: 'Internet lambat', group_id: 'g', position: 'a0' });
    const columns = (table: string) => raw.prepare(`pragma table_info(${table})`).all().map((c) => c.name);
    for (const table of ['custom_kinds', 'clusters', 'links', 'vote_rounds', 'votes', 'vote_voters']) expect(columns(table), table).toContain('revision');
  });

  it('reads a column and the last card of a board in board order through indexes, sorting nothing', async () => {
    const { raw, migrateTo } = await databaseAt('0003_board');
    await migrateTo('0004_editor');
    const plan = (query: string) => raw.prepare(`explain query plan ${query}`).all().map((step) => step.detail).join(' | ');
    const last = plan(`select position from cards where session_id = 's' order by position desc, id desc limit 1`);
    expect(last).toContain('cards_in_board_order');
    const first = plan(`select id from cards where session_id = 's' and group_id = 'g' and deleted_at is null order by position, id limit 1`);
    expect(first).toContain('cards_in_column_order');
    expect(`${last} ${first}`).not.toContain('TEMP B-TREE');
  });
});
