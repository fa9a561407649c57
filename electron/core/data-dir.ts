import { mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isDiskFull } from './db/sqlite-errors.ts';
import { StartupError } from './startup-error.ts';

export const APP_NAME = 'Rembuk';
export const DATABASE_FILE = 'rembuk.sqlite';

/**
 * Where Rembuk keeps its data when no `--data` folder is given: the same folder Electron
 * calls `userData`, so the desktop app and the browser host find the same workshops.
 */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** Creates the folder if needed and proves it is writable, before any data is touched. */
export function prepareDataDir(dir: string): string {
  try {
    mkdirSync(dir, { recursive: true });
    const probe = join(dir, `.write-test-${process.pid}`);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (error) {
    throw new StartupError(isDiskFull(error) ? 'disk_full' : 'data_dir_not_writable', dir, { cause: error });
  }
  return join(dir, DATABASE_FILE);
}

/** Free bytes on the disk holding `dir`, or null where the system cannot tell. */
export function freeBytes(dir: string): number | null {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}
