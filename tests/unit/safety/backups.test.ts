import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kysely, SqliteDialect } from 'kysely';
import { Backups } from '../../../electron/core/backups/backups.ts';
import { copiesToDelete } from '../../../electron/core/backups/rotation.ts';
import { migrate } from '../../../electron/core/db/migrations/index.ts';
import { toKyselyDatabase } from '../../../electron/core/db/sqlite-adapter.ts';
import { BACKUP_POLICY } from '../../../electron/core/backups/policy.ts';
import { call, failure, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';

async function addCard(core: Awaited<ReturnType<typeof openTestCore>>, sessionId: string, groupId: string, text: string) {
  return call(core, 'cards.create', { id: randomUUID(), sessionId, groupId, text });
}

describe('automatic backups', () => {
  it('keeps a checked copy when Rembuk closes after changes, and another when it starts again', async () => {
    const dir = tempDataDir();
    const core = await openTestCore(dir);
    const { session, groups } = await lampungWorkshop(core);
    await addCard(core, session.id, groups[0]!.id, 'Internet lambat');
    await core.close();
    const reopened = await openTestCore(dir);
    const { copies, folder } = await call(reopened, 'backups.list', {});
    expect(folder).toBe(join(dir, 'backups'));
    expect(copies.map((c) => c.reason)).toContain('close');
    const closing = copies.find((c) => c.reason === 'close')!;
    expect(closing).toMatchObject({ workshops: 1, cards: 1 });
    expect(closing.bytes).toBeGreaterThan(0);
    const copy = new DatabaseSync(join(folder, closing.id), { readOnly: true });
    expect(copy.prepare('pragma quick_check').get()).toEqual({ quick_check: 'ok' });
    expect(copy.prepare('select text from cards').all()).toEqual([{ text: 'Internet lambat' }]);
    copy.close();
    // The start copy is made in the background; close waits for it.
    await reopened.close();
    const names = readdirSync(folder);
    expect(names.some((n) => n.endsWith('-start.sqlite'))).toBe(true);
    expect(names.some((n) => n.endsWith('.part'))).toBe(false);
  });

  it('makes no copy for a data folder that never changed', async () => {
    const dir = tempDataDir();
    const core = await openTestCore(dir);
    await core.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('makes a copy on request, listed newest first with its counts', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    await addCard(core, session.id, groups[0]!.id, 'Buku anak kurang');
    const made = await call(core, 'backups.create', {});
    await addCard(core, session.id, groups[1]!.id, 'Relawan kurang');
    const second = await call(core, 'backups.create', {});
    expect(made).toMatchObject({ reason: 'manual', workshops: 1, cards: 1 });
    expect(second).toMatchObject({ reason: 'manual', cards: 2 });
    const { copies } = await call(core, 'backups.list', {});
    expect(copies.slice(0, 2).map((c) => c.id)).toEqual([second.id, made.id]);
  });

  it('restores a copy after first copying the current state, and restoring that copy undoes it', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    await addCard(core, session.id, groups[0]!.id, 'Sebelum cadangan');
    const copy = await call(core, 'backups.create', {});
    await addCard(core, session.id, groups[0]!.id, 'Sesudah cadangan');
    core.events.length = 0;

    const outcome = await call(core, 'backups.restore', { id: copy.id });
    expect(outcome.restored.id).toBe(copy.id);
    expect(outcome.safetyCopy).toMatchObject({ reason: 'before-restore', cards: 2 });
    expect(core.events).toContainEqual({ type: 'data.replaced' });
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text)).toEqual(['Sebelum cadangan']);
    // The core goes on working on the restored file.
    await addCard(core, session.id, groups[1]!.id, 'Setelah pemulihan');

    await call(core, 'backups.restore', { id: outcome.safetyCopy.id });
    const undone = await call(core, 'sessions.board', { id: session.id });
    expect(undone.cards.map((c) => c.text).sort()).toEqual(['Sebelum cadangan', 'Sesudah cadangan']);
  });

  it('refuses to restore a copy that is not in its backups folder', async () => {
    const core = await openTestCore();
    expect((await failure(core, 'backups.restore', { id: '../rembuk.sqlite' })).code).toBe('invalid_input');
    expect((await failure(core, 'backups.restore', { id: 'rembuk-2019-10-15T09-00-00-000Z-manual.sqlite' })).code).toBe('not_found');
  });
});

describe('the rotation of copies', () => {
  const at = (day: number, hour: number) => ({ createdAt: new Date(2019, 9, day, hour).toISOString() });

  it('keeps the newest twelve, and the newest copy of each of the last thirty days', () => {
    const now = new Date(2019, 10, 20, 18);
    const today = Array.from({ length: 15 }, (_, i) => ({ createdAt: new Date(2019, 10, 20, 17 - i).toISOString() }));
    const older = [at(25, 10), at(25, 9), at(23, 8), at(1, 12)];
    const doomed = copiesToDelete([...today, ...older], now);
    const kept = [...today, ...older].filter((c) => !doomed.includes(c));
    expect(kept).toHaveLength(BACKUP_POLICY.keepRecent + 2);
    expect(doomed).toContain(today[14]);
    expect(kept).toContain(older[0]);
    expect(kept).not.toContain(older[1]);
    // 23 October is within thirty days of 20 November; 1 October is not.
    expect(kept).toContain(older[2]);
    expect(kept).not.toContain(older[3]);
  });
});

describe('copies at the moments the policy names', () => {
  it('copies an older database before this build migrates it', async () => {
    const dir = tempDataDir();
    const raw = new DatabaseSync(join(dir, 'rembuk.sqlite'));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: toKyselyDatabase(raw) }) });
    await migrate(db, '0003_board');
    raw.exec(`insert into workshops (id, title, start_date, end_date, created_at, updated_at) values ('w', 'PLM Lampung', '2019-10-15', '2019-10-17', 'now', 'now')`);
    await db.destroy();

    const core = await openTestCore(dir);
    const { copies, folder } = await call(core, 'backups.list', {});
    const before = copies.find((c) => c.reason === 'before-migration');
    expect(before).toMatchObject({ workshops: 1 });
    const copy = new DatabaseSync(join(folder, before!.id), { readOnly: true });
    expect((copy.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>).map((m) => m.name).at(-1)).toBe('0003_board');
    copy.close();
  });

  it('copies on schedule only when something changed since the last copy', async () => {
    const dir = tempDataDir();
    const core = await openTestCore(dir);
    await lampungWorkshop(core);
    await core.close();
    let changes = 5;
    const backups = new Backups({ dataDir: dir, file: join(dir, 'rembuk.sqlite'), changes: () => changes });
    const before = backups.list().length;
    expect(await backups.copyIfChanged('interval')).toMatchObject({ reason: 'interval', workshops: 1 });
    expect(await backups.copyIfChanged('interval')).toBeNull();
    changes = 6;
    expect(await backups.copyIfChanged('interval')).not.toBeNull();
    expect(backups.list()).toHaveLength(before + 2);
  });
});
