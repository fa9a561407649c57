import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/core.ts';
import { StartupError } from '../../../electron/core/startup-error.ts';
import { call, openTestCore, tempDataDir } from '../helpers/core.ts';

describe('opening a data directory', () => {
  it('lets only one Rembuk use a data directory at a time, and frees it on close', async () => {
    const dir = tempDataDir();
    const first = await openTestCore(dir);
    const second = openCore({ dataDir: dir });
    await expect(second).rejects.toBeInstanceOf(StartupError);
    await expect(second).rejects.toMatchObject({ problem: 'data_dir_in_use' });
    await first.close();
    const third = await openTestCore(dir);
    expect(await call(third, 'workshops.list', {})).toEqual([]);
  });

  it('explains in both languages when the folder cannot be written', async () => {
    const blocker = join(tempDataDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const error = await openCore({ dataDir: join(blocker, 'data') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).problem).toBe('data_dir_not_writable');
    expect((error as StartupError).describe()).toMatch(/tidak dapat menulis/);
    expect((error as StartupError).describe()).toMatch(/cannot write/);
  });

  it('remembers the language choice', async () => {
    const dir = tempDataDir();
    const core = await openTestCore(dir);
    expect(await call(core, 'settings.get', {})).toEqual({ language: 'id', csvSeparator: ',' });
    await call(core, 'settings.update', { language: 'en' });
    await core.close();
    expect(await call(await openTestCore(dir), 'settings.get', {})).toEqual({ language: 'en', csvSeparator: ',' });
  });
});
