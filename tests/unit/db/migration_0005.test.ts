import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

/** The schema this migration starts from. */
const PREVIOUS = '0004_editor';
const THIS = '0005_room';

/** A board as the previous schema held it: a group with a card and its dots. */
async function databaseAtPrevious() {
  const { raw, migrateTo } = await databaseAt(PREVIOUS);
  raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at) values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', '', 'now', 'now')`);
  raw.exec(`insert into groups (id, workshop_id, name, color, position, created_at, updated_at) values ('g', 'w', 'Way Kanan', 'blue', 'a0', 'now', 'now')`);
  raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at) values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', 'now', 'now')`);
  raw.exec(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at) values ('c', 'w', 's', 'g', 'challenge', 'Internet lambat', 'a0', 'now', 'now')`);
  raw.exec(`insert into vote_rounds (id, session_id, budget, budget_scope, opened_at, closed_at, created_at, updated_at) values ('r', 's', 5, 'group', 'now', 'now', 'now', 'now')`);
  raw.exec(`insert into votes (round_id, card_id, group_id, dots, updated_at) values ('r', 'c', 'g', 3, 'now')`);
  return { raw, migrateTo };
}

describe('migration 0005_room', () => {
  it('keeps every group live, with its cards and dots', async () => {
    const { raw, migrateTo } = await databaseAtPrevious();
    await migrateTo(THIS);
    expect(raw.prepare('select id, name, deleted_at from groups').all()).toEqual([{ id: 'g', name: 'Way Kanan', deleted_at: null }]);
    expect(raw.prepare('select card_id, group_id, dots from votes').all()).toEqual([{ card_id: 'c', group_id: 'g', dots: 3 }]);
  });

  it('remembers a deleted group’s cards and people, and only as cards or participants', async () => {
    const { raw, migrateTo } = await databaseAtPrevious();
    await migrateTo(THIS);
    raw.exec(`insert into group_removals values ('g', 'card', 'c', 'a0')`);
    expect(() => raw.exec(`insert into group_removals values ('g', 'card', 'c', 'a1')`)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => raw.exec(`insert into group_removals values ('g', 'vote', 'r', null)`)).toThrow(/CHECK/);
    expect(() => raw.exec(`insert into group_removals values ('missing', 'card', 'c', 'a0')`)).toThrow(/FOREIGN KEY/);
  });

  it('keeps import choices per workshop, for groups and roles only, gone with their workshop', async () => {
    const { raw, migrateTo } = await databaseAtPrevious();
    await migrateTo(THIS);
    raw.exec(`insert into import_choices values ('w', 'group', 'desa wonosari', 'g', 'now'), ('w', 'group', 'provinsi lampung', null, 'now'), ('w', 'role', 'bendahara', 'committee', 'now')`);
    expect(() => raw.exec(`insert into import_choices values ('w', 'gender', 'x', 'female', 'now')`)).toThrow(/CHECK/);
    expect(() => raw.exec(`insert into import_choices values ('nowhere', 'role', 'x', 'other', 'now')`)).toThrow(/FOREIGN KEY/);
    raw.exec(`delete from workshops where id = 'w'`);
    expect(raw.prepare('select count(*) as n from import_choices').get()).toEqual({ n: 0 });
  });
});
