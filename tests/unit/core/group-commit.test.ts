import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../electron/core/db/group-commit.ts';
import { isDiskFull } from '../../../electron/core/db/sqlite-errors.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';

describe('many phones writing at once (group commit)', () => {
  it('saves 60 cards sent at the same moment in a few transactions, each answered after its commit', async () => {
    const dataDir = tempDataDir();
    const core = await openTestCore(dataDir);
    const { session, groups } = await lampungWorkshop(core);
    const sent = Array.from({ length: 60 }, (_, i) => ({ id: randomUUID(), sessionId: session.id, groupId: groups[i % 3]!.id, text: `Kartu ${i}` }));
    const savedBefore = core.events.filter((e) => e.type === 'cards.saved').length;
    const answers = await Promise.all(sent.map((input) => call(core, 'cards.create', input)));
    expect(answers.map((c) => c.text)).toEqual(sent.map((s) => s.text));
    expect(core.events.filter((e) => e.type === 'cards.saved').length - savedBefore).toBe(60);
    // Every card has its own order key: the changes ran one after another inside the transaction.
    expect(new Set(answers.map((c) => c.position)).size).toBe(60);
    await core.close();
    const reopened = await openTestCore(dataDir);
    const board = await call(reopened, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text).sort()).toEqual(sent.map((s) => s.text).sort());
  });

  it('lets one refused change fail alone, leaving the others of its transaction saved', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const id = randomUUID();
    const groupId = groups[0]!.id;
    const outcomes = await Promise.all([
      core.dispatch('cards.create', { id, sessionId: session.id, groupId, text: 'Koleksi sedikit' }),
      core.dispatch('cards.create', { id, sessionId: session.id, groupId, text: 'Same id, other text' }),
      core.dispatch('cards.create', { id: randomUUID(), sessionId: session.id, groupId, text: 'Internet lambat' }),
    ]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text)).toEqual(['Koleksi sedikit', 'Internet lambat']);
  });

  it('announces a change only when a read already sees it', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const seenByReads: Array<Promise<number>> = [];
    core.subscribe((event) => {
      if (event.type === 'cards.saved') seenByReads.push(call(core, 'sessions.board', { id: session.id }).then((b) => b.cards.length));
    });
    await Promise.all([1, 2, 3].map((n) => call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: `K${n}` })));
    const counts = await Promise.all(seenByReads);
    expect(counts.every((n) => n >= 1)).toBe(true);
    expect(Math.max(...counts)).toBe(3);
  });

  it('answers a read at once while a transaction is still open, with the last committed state', async () => {
    const dataDir = tempDataDir();
    const database = await openDatabase(join(dataDir, 'rembuk.sqlite'));
    const commits = new GroupCommit(database);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writing = commits.run(async (trx) => {
      await sql`insert into settings (key, value) values ('language', 'en')`.execute(trx);
      await gate;
      return 'saved';
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const during = await database.reader.selectFrom('settings').selectAll().execute();
    expect(during).toEqual([]);
    release();
    expect(await writing).toBe('saved');
    expect(await database.reader.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'language', value: 'en' }]);
    expect(commits.transactions).toBe(1);
    await commits.close();
    await database.close();
  });

  it('fails every change of a transaction whose commit fails, and saves none of them', async () => {
    const dataDir = tempDataDir();
    const database = await openDatabase(join(dataDir, 'rembuk.sqlite'));
    const commits = new GroupCommit(database);
    // A deferred foreign key is only checked at COMMIT, so the whole transaction is refused there.
    const changes = [
      commits.run((trx) => sql`insert into settings (key, value) values ('a', '1')`.execute(trx)),
      commits.run(async (trx) => {
        await sql`pragma defer_foreign_keys = on`.execute(trx);
        await sql`insert into groups (id, workshop_id, name, color, position, created_at, updated_at) values ('g', 'no-such-workshop', 'X', 'blue', 'a0', 'now', 'now')`.execute(trx);
      }),
    ];
    const outcomes = await Promise.allSettled(changes);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    expect(await database.reader.selectFrom('settings').selectAll().execute()).toEqual([]);
    // A refused COMMIT leaves SQLite's transaction open: it was rolled back, so the next change is its own.
    await commits.run((trx) => sql`insert into settings (key, value) values ('b', '2')`.execute(trx));
    expect(await database.reader.selectFrom('settings').selectAll().execute()).toEqual([{ key: 'b', value: '2' }]);
    await commits.close();
    await database.close();
  });

  it('undoes what a failing change wrote, among others or alone, and keeps what the others wrote', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    const commits = new GroupCommit(database, { workPerCommitMs: 60_000 });
    const insert = (trx: Parameters<Parameters<GroupCommit['run']>[0]>[0], key: string) => sql`insert into settings (key, value) values (${key}, 'v')`.execute(trx);
    const refused = new Error('refused after writing');
    const together = await Promise.allSettled([
      commits.run((trx) => insert(trx, 'a')),
      commits.run(async (trx) => {
        await insert(trx, 'b');
        throw refused;
      }),
      commits.run((trx) => insert(trx, 'c')),
      commits.run(async (trx) => {
        await insert(trx, 'd');
        throw refused;
      }),
    ]);
    expect(together.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected']);
    expect(commits.transactions).toBe(1);
    const alone = commits.run(async (trx) => {
      await insert(trx, 'e');
      throw refused;
    });
    await expect(alone).rejects.toBe(refused);
    await commits.run((trx) => insert(trx, 'f'));
    expect(commits.transactions).toBe(3);
    expect((await database.reader.selectFrom('settings').select('key').orderBy('key').execute()).map((r) => r.key)).toEqual(['a', 'c', 'f']);
    await commits.close();
    await database.close();
  });

  it('fails the changes of a transaction a full disk ended, and saves again once there is room', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    const commits = new GroupCommit(database, { workPerCommitMs: 60_000 });
    const pages = Number((database.raw.prepare('pragma page_count').get() as { page_count: number }).page_count);
    database.raw.exec(`pragma max_page_count = ${pages + 2}`);
    const small = (key: string) => commits.run((trx) => sql`insert into settings (key, value) values (${key}, 'v')`.execute(trx));
    const outcomes = await Promise.allSettled([
      small('before'),
      commits.run(async (trx) => {
        for (let i = 0; i < 100; i++) await sql`insert into settings (key, value) values (${`big${i}`}, ${'x'.repeat(4000)})`.execute(trx);
      }),
      small('after'),
    ]);
    // SQLite ended the whole transaction on SQLITE_FULL: the changes it ran are refused for that
    // reason; the one it had not reached runs in the next transaction.
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    for (const outcome of outcomes.slice(0, 2)) expect(isDiskFull((outcome as PromiseRejectedResult).reason)).toBe(true);
    expect(commits.transactions).toBe(2);
    expect((await database.reader.selectFrom('settings').select('key').execute()).map((r) => r.key)).toEqual(['after']);
    database.raw.exec('pragma max_page_count = 1073741823');
    await Promise.all([small('room1'), small('room2')]);
    expect((await database.reader.selectFrom('settings').select('key').orderBy('key').execute()).map((r) => r.key)).toEqual(['after', 'room1', 'room2']);
    await commits.close();
    await database.close();
  });

  it('refuses a query through a change’s transaction once that transaction has ended', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    const commits = new GroupCommit(database);
    let kept: Parameters<Parameters<GroupCommit['run']>[0]>[0] | undefined;
    await commits.run(async (trx) => {
      kept = trx;
    });
    await expect(sql`insert into settings (key, value) values ('late', 'v')`.execute(kept!)).rejects.toThrow(/No transaction is open/);
    expect(await database.reader.selectFrom('settings').selectAll().execute()).toEqual([]);
    await commits.close();
    await database.close();
  });

  it('commits the changes sent together in one transaction, and a lone change in its own', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    // A budget no loaded machine runs out of: this checks the batching, not the clock.
    const commits = new GroupCommit(database, { workPerCommitMs: 60_000 });
    await Promise.all(Array.from({ length: 10 }, (_, i) => commits.run((trx) => sql`insert into settings (key, value) values (${`k${i}`}, 'v')`.execute(trx))));
    expect(commits.transactions).toBe(1);
    await commits.run((trx) => sql`insert into settings (key, value) values ('alone', 'v')`.execute(trx));
    expect(commits.transactions).toBe(2);
    expect(await database.reader.selectFrom('settings').select('key').execute()).toHaveLength(11);
    await commits.close();
    await database.close();
  });

  it('lets the event loop answer others between transactions of a long burst', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    const commits = new GroupCommit(database);
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    let answeredOthersAt = -1;
    let saved = 0;
    const burst = Array.from({ length: 60 }, (_, i) =>
      commits.run(async (trx) => {
        busy(1);
        await sql`insert into settings (key, value) values (${`k${i}`}, 'v')`.execute(trx);
      }).then(() => (saved += 1)),
    );
    // Queued behind the first transaction: it runs between two of them, not after all sixty.
    setImmediate(() => setImmediate(() => (answeredOthersAt = saved)));
    await Promise.all(burst);
    expect(commits.transactions).toBeGreaterThan(1);
    expect(answeredOthersAt).toBeGreaterThan(0);
    expect(answeredOthersAt).toBeLessThan(60);
    await commits.close();
    await database.close();
  });

  it('refuses changes after close, once the queued ones are saved', async () => {
    const database = await openDatabase(join(tempDataDir(), 'rembuk.sqlite'));
    const commits = new GroupCommit(database);
    const queued = commits.run((trx) => sql`insert into settings (key, value) values ('a', '1')`.execute(trx));
    await commits.close();
    await queued;
    await expect(commits.run(async () => 'late')).rejects.toThrow(/closed/);
    expect(await database.reader.selectFrom('settings').select('key').execute()).toEqual([{ key: 'a' }]);
    await database.close();
  });
});
