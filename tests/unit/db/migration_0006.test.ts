import type { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { databaseAt } from '../helpers/database-at.ts';

/** The schema this migration starts from. */
const PREVIOUS = '0005_room';
const THIS = '0006_phones';

function seedBoard(raw: DatabaseSync) {
  raw.exec(`insert into workshops (id, title, start_date, end_date, venue, created_at, updated_at)
            values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', '', 'now', 'now')`);
  raw.exec(`insert into groups (id, workshop_id, name, color, position, created_at, updated_at) values ('g', 'w', 'Way Kanan', 'blue', 'a0', 'now', 'now')`);
  raw.exec(`insert into participants (id, workshop_id, group_id, name, role, created_at, updated_at) values ('p', 'w', 'g', 'Siti Aminah', 'village_librarian', 'now', 'now')`);
  raw.exec(`insert into sessions (id, workshop_id, title, kind, template, position, created_at, updated_at)
            values ('s', 'w', 'Tantangan', 'board', 'challenges_solutions', 'a0', 'now', 'now')`);
  raw.exec(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at)
            values ('c1', 'w', 's', 'g', 'challenge', 'Internet lambat', 'a0', 'now', 'now')`);
}

describe('migration 0006_phones', () => {
  it('keeps every card, shown and written on the laptop', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    seedBoard(raw);
    await migrateTo(THIS);
    expect(raw.prepare('select id, text, device_id, participant_id, hidden from cards').all()).toEqual([
      { id: 'c1', text: 'Internet lambat', device_id: null, participant_id: null, hidden: 0 },
    ]);
  });

  it('ties a phone’s card and dots to its device and participant, and forgets the device when the meeting goes', async () => {
    const { raw, migrateTo } = await databaseAt(PREVIOUS);
    seedBoard(raw);
    await migrateTo(THIS);
    raw.exec(`insert into devices (id, workshop_id, participant_id, group_id, name, secret_hash, created_at) values ('d', 'w', 'p', 'g', 'Siti Aminah', 'h', 'now')`);
    expect(() => raw.exec(`insert into devices (id, workshop_id, name, secret_hash, created_at) values ('d2', 'w', '', 'h', 'now')`)).toThrow(/CHECK/);
    raw.exec(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at, device_id, participant_id, hidden)
              values ('c2', 'w', 's', 'g', 'challenge', 'Rak penuh', 'a1', 'now', 'now', 'd', 'p', 1)`);
    raw.exec(`insert into vote_rounds (id, session_id, budget, budget_scope, opened_at, created_at, updated_at) values ('r', 's', 3, 'participant', 'now', 'now', 'now')`);
    raw.exec(`insert into phone_votes (round_id, card_id, device_id, participant_id, dots, updated_at) values ('r', 'c1', 'd', 'p', 2, 'now')`);
    expect(() => raw.exec(`insert into phone_votes (round_id, card_id, device_id, dots, updated_at) values ('r', 'c2', 'd', -1, 'now')`)).toThrow(/CHECK/);
    expect(() => raw.exec(`insert into phone_votes (round_id, card_id, device_id, dots, updated_at) values ('r', 'c2', 'nobody', 1, 'now')`)).toThrow(/FOREIGN KEY/);

    raw.exec(`delete from participants where id = 'p'`);
    expect(raw.prepare(`select participant_id, device_id from cards where id = 'c2'`).get()).toEqual({ participant_id: null, device_id: 'd' });
    raw.exec(`delete from workshops where id = 'w'`);
    expect(raw.prepare('select count(*) as n from devices').get()).toEqual({ n: 0 });
    expect(raw.prepare('select count(*) as n from phone_votes').get()).toEqual({ n: 0 });
  });
});
