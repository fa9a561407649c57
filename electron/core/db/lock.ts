import { rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { DATABASE_FILE } from '../data-dir.ts';
import { StartupError } from '../startup-error.ts';
import { classify } from './diagnose.ts';

/** Beside the data, named after the file it guards. */
export const LOCK_FILE = `${DATABASE_FILE}.lock`;

export interface DataDirLock {
  release(): void;
}

/**
 * One Rembuk per data directory. The database cannot hold SQLite's exclusive lock itself (its
 * reader and the backup worker open beside the writer), so a small side file does: a SQLite file
 * in exclusive locking mode whose exclusive lock is taken once and kept. A second Rembuk gets
 * SQLITE_BUSY at once (`data_dir_in_use`), and the operating system drops the lock if the app
 * crashes, so there is nothing stale to clean up. The core takes it before it looks at the data
 * file and holds it until it closes, across a restore's reopening; a restore at start takes it too.
 */
export function lockDataDir(dataDir: string): DataDirLock {
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

function holdLock(file: string): DataDirLock {
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
