import { existsSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreDataDir } from '../../../electron/core/backups/restore.ts';
import { LOCK_FILE } from '../../../electron/core/db/lock.ts';
import { classify } from '../../../electron/core/db/diagnose.ts';
import { openCore } from '../../../electron/core/core.ts';
import { StartupError, type StartupProblem } from '../../../electron/core/startup-error.ts';
import { openTestCore } from '../helpers/core.ts';
import { dataDirWithCards, DAMAGE, fingerprint } from './damage.ts';

const EXPECTED: Record<keyof typeof DAMAGE, StartupProblem> = {
  'half file': 'database_damaged',
  'first page only': 'database_damaged',
  'garbage header': 'database_damaged',
  'random bytes': 'database_not_rembuk',
  'text file': 'database_not_rembuk',
  'a folder': 'database_not_rembuk',
  'one bad page in the middle': 'database_damaged',
  'a bad last page': 'database_damaged',
  'zero bytes': 'database_damaged',
  'a newer schema': 'database_too_new',
};

describe('opening a damaged data file', () => {
  for (const [kind, damage] of Object.entries(DAMAGE) as Array<[keyof typeof DAMAGE, (file: string) => void]>) {
    it(`says what is wrong with ${kind}, in both languages, and leaves the file byte-identical`, async () => {
      const { dir, file } = await dataDirWithCards();
      damage(file);
      const before = fingerprint(file);
      const error = await openCore({ dataDir: dir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as StartupError).problem).toBe(EXPECTED[kind]);
      expect((error as StartupError).exitCode).toBeGreaterThan(1);
      expect((error as StartupError).describe()).not.toMatch(/\n\s+at /);
      expect(fingerprint(file)).toBe(before);
    });
  }

  it('tells a newer file to update Rembuk, in Bahasa Indonesia first', async () => {
    const { dir, file } = await dataDirWithCards(10);
    DAMAGE['a newer schema'](file);
    const error = (await openCore({ dataDir: dir }).catch((e: unknown) => e)) as StartupError;
    expect(error.describe().split('\n')[0]).toMatch(/Perbarui Rembuk/);
    expect(error.describe()).toMatch(/Update Rembuk/);
  });
});

describe('a data folder another Rembuk has open', () => {
  it('is told as in use (exit 10) by the one lock, rembuk.sqlite.lock, and neither a start nor a restore touches the file', async () => {
    const { dir, file } = await dataDirWithCards(10);
    const running = await openTestCore(dir);
    expect(LOCK_FILE).toBe('rembuk.sqlite.lock');
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
    const before = fingerprint(file);
    const error = (await openCore({ dataDir: dir }).catch((e: unknown) => e)) as StartupError;
    expect(error).toBeInstanceOf(StartupError);
    expect(error.problem).toBe('data_dir_in_use');
    expect(error.exitCode).toBe(10);
    expect(error.describe()).not.toMatch(/\n\s+at /);
    expect(() => restoreDataDir(dir, { latest: true })).toThrow(expect.objectContaining({ problem: 'data_dir_in_use' }));
    expect(fingerprint(file)).toBe(before);
    await running.close();
  });

  it('replaces a lock file that is not a database (it holds no data) and starts', async () => {
    const { dir } = await dataDirWithCards(10);
    writeFileSync(join(dir, LOCK_FILE), 'bukan kunci');
    const core = await openTestCore(dir);
    await core.close();
  });
});

describe('a full disk at start', () => {
  it('is told as disk_full (from SQLite or the file system), not as a folder that cannot be written', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('create table t (x text)');
    const pages = Number((db.prepare('pragma page_count').get() as { page_count: number }).page_count);
    db.exec(`pragma max_page_count = ${pages}`);
    let full: unknown;
    try {
      db.exec(`with recursive n(i) as (select 1 union all select i + 1 from n where i < 100) insert into t select hex(randomblob(4000)) from n`);
    } catch (error) {
      full = error;
    }
    expect(classify(full, 'rembuk.sqlite').problem).toBe('disk_full');
    expect(classify(Object.assign(new Error('write failed'), { code: 'ENOSPC' }), 'rembuk.sqlite').problem).toBe('disk_full');
    expect(classify(Object.assign(new Error('no access'), { code: 'EACCES' }), 'rembuk.sqlite').problem).toBe('data_dir_not_writable');
  });
});
