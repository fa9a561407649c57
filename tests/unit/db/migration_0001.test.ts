import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

describe('migration 0001_init', () => {
  it('creates the workshop, group, session, card and settings tables', async () => {
    const { raw, migrateTo } = await databaseAt(null);
    await migrateTo('0001_init');
    const tables = raw.prepare("select name from sqlite_master where type = 'table' and name not like 'kysely%' order by name").all();
    expect(tables.map((t) => t.name)).toEqual(['cards', 'groups', 'sessions', 'settings', 'workshops']);
    const cardColumns = raw.prepare('pragma table_info(cards)').all().map((c) => c.name);
    expect(cardColumns).toEqual(expect.arrayContaining(['session_id', 'group_id', 'kind', 'text', 'position', 'deleted_at']));
  });

  it('guards the data itself: card text length, dates in order, and no orphan cards', async () => {
    const { raw, db, migrateTo } = await databaseAt(null);
    await migrateTo('0001_init');
    raw.exec(`insert into workshops values ('w', 'PLM', '2019-10-15', '2019-10-17', '', 'now', 'now')`);
    expect(() => raw.exec(`insert into workshops values ('w2', 'PLM', '2019-10-17', '2019-10-15', '', 'now', 'now')`)).toThrow(/CHECK/);
    raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', '', 'board', 'blank', 'a0', 'now', 'now')`);
    const insertCard = (id: string, session: string, text: string) =>
      raw.exec(`insert into cards (id, workshop_id, session_id, kind, text, position, created_at, updated_at) values ('${id}', 'w', '${session}', 'challenge', '${text}', 'a0', 'now', 'now')`);
    insertCard('c1', 's', 'Internet lambat');
    expect(() => insertCard('c2', 's', '')).toThrow(/CHECK/);
    expect(() => insertCard('c3', 'missing-session', 'x')).toThrow(/FOREIGN KEY/);
    const count = await sql<{ n: number }>`select count(*) as n from cards`.execute(db);
    expect(count.rows[0]?.n).toBe(1);
  });
});
