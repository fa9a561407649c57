import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core.ts';
import { restoreDataDir } from '../../../electron/core/backups/restore.ts';
import { StartupError } from '../../../electron/core/startup-error.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';
import { DAMAGE, fingerprint } from './damage.ts';

describe('recovering a damaged data file at start', () => {
  it('puts the newest good copy in place and keeps the damaged file aside, byte for byte', async () => {
    const dir = tempDataDir();
    const core = await openTestCore(dir);
    const { session, groups } = await lampungWorkshop(core);
    await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Tersimpan di cadangan' });
    await core.close();
    const file = join(dir, 'rembuk.sqlite');
    DAMAGE['one bad page in the middle'](file);
    DAMAGE['garbage header'](file);
    const damaged = fingerprint(file);
    await expect(openCore({ dataDir: dir })).rejects.toMatchObject({ problem: 'database_damaged' });

    const outcome = restoreDataDir(dir, { latest: true });
    expect(outcome.restoredFrom).toMatch(/-close\.sqlite$/);
    expect(outcome.setAside).toMatch(/^rembuk-damaged-.*\.sqlite$/);
    expect(fingerprint(join(dir, outcome.setAside!))).toBe(damaged);

    const restored = await openTestCore(dir);
    const board = await call(restored, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text)).toEqual(['Tersimpan di cadangan']);
  });

  it('says so when there is no copy, and refuses a file that is not a good Rembuk database', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'rembuk.sqlite'), 'bukan basis data');
    expect(() => restoreDataDir(dir, { latest: true })).toThrow(expect.objectContaining({ problem: 'backup_missing' }));
    const bogus = join(tempDataDir(), 'cadangan.sqlite');
    writeFileSync(bogus, 'juga bukan');
    expect(() => restoreDataDir(dir, { file: bogus })).toThrow(StartupError);
    expect(() => restoreDataDir(dir, { file: bogus })).toThrow(expect.objectContaining({ problem: 'backup_unusable' }));
    // Nothing moved: the file is still where it was.
    expect(readdirSync(dir).filter((n) => n.startsWith('rembuk-'))).toEqual([]);
  });

  it('can start empty, keeping the unreadable file aside', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'rembuk.sqlite'), '');
    const outcome = restoreDataDir(dir, { empty: true });
    expect(outcome).toMatchObject({ restoredFrom: null });
    expect(existsSync(join(dir, outcome.setAside!))).toBe(true);
    const core = await openTestCore(dir);
    expect(await call(core, 'workshops.list', {})).toEqual([]);
  });
});

describe('a full disk', () => {
  it('refuses the change with disk_full, keeps every card saved before, and saves again once there is room', async () => {
    let connection: DatabaseSync | undefined;
    const core = await openTestCore(tempDataDir(), { configureConnection: (c) => (connection = c) });
    const { session, groups } = await lampungWorkshop(core);
    const pages = Number((connection!.prepare('pragma page_count').get() as { page_count: number }).page_count);
    connection!.exec(`pragma max_page_count = ${pages + 2}`);
    const saved: string[] = [];
    let refusal: { code: string } | undefined;
    for (let i = 0; i < 400 && !refusal; i++) {
      const text = `Kartu ${i} ${'panjang '.repeat(100)}`.slice(0, 1000).trim();
      const outcome = await core.dispatch('cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text });
      if (outcome.ok) saved.push(text);
      else refusal = outcome.error;
    }
    expect(refusal?.code).toBe('disk_full');
    connection!.exec('pragma max_page_count = 1073741823');
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text)).toEqual(saved);
    await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Ada ruang lagi' });
  });

  it('warns at start when less than 200 MB is free', async () => {
    const low = await openTestCore(tempDataDir(), { freeSpace: () => 150 * 1024 * 1024 });
    expect(low.warnings).toEqual([{ kind: 'low_disk_space', freeBytes: 150 * 1024 * 1024 }]);
    expect(await call(low, 'backups.list', {})).toMatchObject({ lowSpace: true, freeBytes: 150 * 1024 * 1024 });
    const roomy = await openTestCore(tempDataDir(), { freeSpace: () => 5 * 1024 ** 3 });
    expect(roomy.warnings).toEqual([]);
  });
});
