import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../electron/core/db/group-commit.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';
import { joinPhone, keyOf, openDoorCore } from '../helpers/door.ts';

const setting = (key: string) => (trx: Parameters<Parameters<GroupCommit['run']>[0]>[0]) => sql`insert into settings (key, value) values (${key}, 'v')`.execute(trx);

describe('backups, restore and imports beside the group commit', () => {
  it('runs work between two transactions: changes queued before are saved first, those sent meanwhile wait', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    const commits = new GroupCommit(database, { workPerCommitMs: 60_000 });
    const before = Array.from({ length: 5 }, (_, i) => commits.run(setting(`before${i}`)));
    let seenBetween: string[] = [];
    let releaseBetween!: () => void;
    let inTransactionBetween: boolean | undefined;
    const between = commits.between(async () => {
      inTransactionBetween = database.raw.isTransaction;
      seenBetween = (await database.reader.selectFrom('settings').select('key').orderBy('key').execute()).map((r) => r.key);
      await new Promise<void>((resolve) => (releaseBetween = resolve));
      return 'done';
    });
    const after = commits.run(setting('after'));
    await Promise.all(before);
    // The work holds the writer: the change sent after it has not run.
    while (!releaseBetween) await new Promise((resolve) => setImmediate(resolve));
    expect(seenBetween).toEqual(['before0', 'before1', 'before2', 'before3', 'before4']);
    expect(inTransactionBetween).toBe(false);
    expect(await database.reader.selectFrom('settings').select('key').where('key', '=', 'after').execute()).toEqual([]);
    releaseBetween();
    expect(await between).toBe('done');
    await after;
    expect(await database.reader.selectFrom('settings').select('key').where('key', '=', 'after').execute()).toEqual([{ key: 'after' }]);
    await commits.close();
    await database.close();
  });

  it('restores while cards keep coming: those saved before are in the safety copy, those after in the restored file', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const add = (text: string) => call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text });
    await add('Sebelum cadangan');
    const copy = await call(core, 'backups.create', {});

    const early = Array.from({ length: 10 }, (_, i) => add(`awal ${i}`));
    const restore = call(core, 'backups.restore', { id: copy.id });
    const late = Array.from({ length: 10 }, (_, i) => add(`akhir ${i}`));
    await Promise.all([...early, ...late]);
    const outcome = await restore;

    // Every card sent before the restore was acknowledged and kept in the copy made first.
    expect(outcome.safetyCopy.cards).toBe(11);
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text).sort()).toEqual(['Sebelum cadangan', ...Array.from({ length: 10 }, (_, i) => `akhir ${i}`)].sort());
    await core.close();
  });

  it('closes the participants’ door before a restore, and a phone writing meanwhile is told so, nothing half-saved', async () => {
    const { core, session, roster, phones } = await openDoorCore();
    const copy = await call(core, 'backups.create', {});
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    const restore = call(core, 'backups.restore', { id: copy.id });
    const written = await siti.call('phone.cards.create', { id: randomUUID(), text: 'Saat pemulihan', kind: 'challenge', customKindId: null });
    await restore;
    expect(written).toMatchObject({ ok: false, error: { code: 'door_closed' } });
    expect((await call(core, 'door.status', {})).open).toBe(false);
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toEqual([]);
    await core.close();
  });

  it('merges a .rembuk while cards keep coming, and loses none of them', async () => {
    const a = await openTestCore();
    const { workshop, session, groups } = await lampungWorkshop(a);
    const file = await call(a, 'transfer.export', { id: workshop.id });
    const other = await call(a, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[1]!.id, text: 'Dari laptop A' });
    const fromA = await call(a, 'transfer.export', { id: workshop.id });
    await a.close();

    const b = await openTestCore();
    await call(b, 'transfer.import', { fileName: file.fileName, data: file.data });
    const add = (text: string) => call(b, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text });
    const during = [...Array.from({ length: 10 }, (_, i) => add(`B ${i}`)), call(b, 'transfer.import', { fileName: fromA.fileName, data: fromA.data }), ...Array.from({ length: 10 }, (_, i) => add(`B ${10 + i}`))];
    await Promise.all(during);
    const board = await call(b, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.id)).toContain(other.id);
    expect(board.cards).toHaveLength(21);
    await b.close();
  });
});
