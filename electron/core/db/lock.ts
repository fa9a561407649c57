import { DatabaseSync } from 'node:sqlite';
import { StartupError } from '../startup-error.ts';

const SQLITE_BUSY = 5;

export interface DataDirLock {
  release(): void;
}

/**
 * One Rembuk per data directory. The database itself cannot hold an exclusive lock any more
 * (its read connection must open beside the writer), so a small side file does: a SQLite file
 * in exclusive locking mode whose write lock is taken once and kept. A second Rembuk gets
 * SQLITE_BUSY at once, and the operating system drops the lock if the app crashes.
 */
export function lockDataDir(databaseFile: string): DataDirLock {
  const file = `${databaseFile}.lock`;
  let raw: DatabaseSync;
  try {
    raw = new DatabaseSync(file, { timeout: 0 });
  } catch (error) {
    throw new StartupError('data_dir_not_writable', file, { cause: error });
  }
  try {
    raw.exec('PRAGMA locking_mode = EXCLUSIVE');
    raw.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    raw.close();
    const busy = (error as { errcode?: number }).errcode === SQLITE_BUSY;
    throw new StartupError(busy ? 'data_dir_in_use' : 'data_dir_not_writable', databaseFile, { cause: error });
  }
  return { release: () => raw.close() };
}
