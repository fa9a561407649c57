import { rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { StartupError } from '../startup-error.ts';
import { classify } from './diagnose.ts';

export const LOCK_FILE = 'rembuk.lock';

export interface InstanceLock {
  release(): void;
}

/**
 * One Rembuk per data directory: a small SQLite file beside the data, held with SQLite's
 * exclusive lock for as long as the core is open. A second Rembuk fails at once with
 * `data_dir_in_use`; the operating system frees the lock if the app crashes, so there is no stale
 * lock to clean up. The database itself stays shareable, so the backup worker can read it while
 * the core writes.
 */
export function acquireInstanceLock(dataDir: string): InstanceLock {
  const file = join(dataDir, LOCK_FILE);
  try {
    return holdLock(file);
  } catch (error) {
    // The lock file holds no data: one that is not a database any more is replaced.
    if (!(error instanceof StartupError) || error.problem !== 'database_damaged') throw error;
    rmSync(file, { force: true });
    return holdLock(file);
  }
}

function holdLock(file: string): InstanceLock {
  let lock: DatabaseSync;
  try {
    lock = new DatabaseSync(file, { timeout: 0 });
  } catch (error) {
    throw classify(error, file);
  }
  try {
    lock.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT');
  } catch (error) {
    lock.close();
    throw classify(error, file);
  }
  return { release: () => lock.close() };
}
