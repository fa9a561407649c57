import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

function seedBoard(raw: DatabaseSync) {
  raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at)
            values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', '', 'now', 'now')`);
  raw.exec(`insert into groups (id, workshop_id, name, color, position, created_at, updated_at) values ('g', 'w', 'Way Kanan', 'blue', 'a0', 'now', 'now')`);
  raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, locked_at, created_at, updated_at)
            values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', '2019-10-15T09:00:00Z', 'now', 'now')`);
  raw.exec(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, tag, author, created_at, updated_at)
            values ('c1', 'w', 's', 'g', 'challenge', 'Internet lambat', 'a0', null, 'Bu Sri', 'now', 'now'),
                   ('c2', 'w', 's', 'g', 'solution', 'Modem bersama', 'a1', null, null, 'now', 'now')`);
}

describe('migration 0003_board', () => {
  it('keeps every card and session, and gives sessions a layout, a timer and no removal', async () => {
    const { raw, migrateTo } = await databaseAt('0002_setup');
    seedBoard(raw);
    await migrateTo('0003_board');
    const session = raw.prepare('select * from sessions').get() as Record<string, unknown>;
    expect(session).toMatchObject({ title: 'Tantangan', locked_at: '2019-10-15T09:00:00Z', layout: 'groups', timer_duration_ms: 600000, timer_remaining_ms: 600000, timer_ends_at: null, deleted_at: null });
    const cards = raw.prepare('select id, text, author, group_id, cluster_id, custom_kind_id, who, by_when, indicator from cards order by position').all();
    expect(cards).toEqual([
      { id: 'c1', text: 'Internet lambat', author: 'Bu Sri', group_id: 'g', cluster_id: null, custom_kind_id: null, who: null, by_when: null, indicator: null },
      { id: 'c2', text: 'Modem bersama', author: null, group_id: 'g', cluster_id: null, custom_kind_id: null, who: null, by_when: null, indicator: null },
    ]);
  });

  it('guards links, votes and clusters: no link to itself, no negative dots, no orphans, no duplicate live link', async () => {
    const { raw, migrateTo } = await databaseAt('0002_setup');
    seedBoard(raw);
    await migrateTo('0003_board');
    raw.exec(`insert into links (id, workshop_id, from_card_id, to_card_id, created_at) values ('l1', 'w', 'c2', 'c1', 'now')`);
    expect(() => raw.exec(`insert into links (id, workshop_id, from_card_id, to_card_id, created_at) values ('l2', 'w', 'c2', 'c1', 'now')`)).toThrow(/UNIQUE/);
    expect(() => raw.exec(`insert into links (id, workshop_id, from_card_id, to_card_id, created_at) values ('l3', 'w', 'c1', 'c1', 'now')`)).toThrow(/CHECK/);
    raw.exec(`insert into vote_rounds (id, session_id, budget, budget_scope, opened_at, created_at, updated_at) values ('r', 's', 3, 'group', 'now', 'now', 'now')`);
    expect(() => raw.exec(`insert into votes values ('r', 'c1', 'g', -1, 'now')`)).toThrow(/CHECK/);
    expect(() => raw.exec(`insert into votes values ('r', 'missing', 'g', 1, 'now')`)).toThrow(/FOREIGN KEY/);
    raw.exec(`insert into clusters (id, session_id, title, created_at, updated_at) values ('k', 's', 'Internet', 'now', 'now')`);
    raw.exec(`update cards set cluster_id = 'k' where id = 'c1'`);
    raw.exec(`delete from clusters where id = 'k'`);
    expect(raw.prepare(`select cluster_id from cards where id = 'c1'`).get()).toEqual({ cluster_id: null });
  });
});
