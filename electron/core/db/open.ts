import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect } from 'kysely';
import { StartupError } from '../startup-error.ts';
import { SqlRunner } from './compiled.ts';
import { migrate } from './migrations/index.ts';
import { RevisionPlugin } from './revision.ts';
import type { Database } from './schema.ts';
import { preparedStatements, toKyselyDatabase } from './sqlite-adapter.ts';

const SQLITE_BUSY = 5;

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** The hot paths' compiled statements, on the same connection (see `compiled.ts`). */
  sql: SqlRunner;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the database file, migrated to the newest schema.
 *
 * The connection holds SQLite's exclusive lock for as long as it is open: a second Rembuk on
 * the same data directory fails at once with `data_dir_in_use`, and the operating system
 * releases the lock if the app crashes, so there is no stale lock file to clean up.
 */
export async function openDatabase(file: string): Promise<OpenedDatabase> {
  const raw = openLocked(file);
  const prepared = preparedStatements(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: toKyselyDatabase(raw, prepared) }), plugins: [new RevisionPlugin()] });
  try {
    await migrate(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, sql: new SqlRunner(prepared), close: () => db.destroy() };
}

function openLocked(file: string): DatabaseSync {
  let raw: DatabaseSync;
  try {
    raw = new DatabaseSync(file, { timeout: 0 });
  } catch (error) {
    throw new StartupError('data_dir_not_writable', file, { cause: error });
  }
  try {
    raw.exec('PRAGMA locking_mode = EXCLUSIVE');
    raw.exec('PRAGMA journal_mode = WAL');
    // Every acknowledged card must survive a power cut in the ballroom: fsync on each commit.
    raw.exec('PRAGMA synchronous = FULL');
    raw.exec('PRAGMA foreign_keys = ON');
    // The first write takes the exclusive lock and keeps it.
    raw.exec('BEGIN IMMEDIATE; COMMIT');
    raw.exec('PRAGMA busy_timeout = 5000');
    return raw;
  } catch (error) {
    raw.close();
    const busy = (error as { errcode?: number }).errcode === SQLITE_BUSY;
    throw new StartupError(busy ? 'data_dir_in_use' : 'data_dir_not_writable', file, { cause: error });
  }
}
