import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect } from 'kysely';
import { StartupError } from '../startup-error.ts';
import { SqlRunner } from './compiled.ts';
import { migrate } from './migrations/index.ts';
import { RevisionPlugin } from './revision.ts';
import type { Database } from './schema.ts';
import { lockDataDir } from './lock.ts';
import { openReader } from './reader.ts';
import { preparedStatements, toKyselyDatabase } from './sqlite-adapter.ts';

const SQLITE_BUSY = 5;

export interface OpenedDatabase {
  /** The one connection that writes (migrations, every change). */
  db: Kysely<Database>;
  /** The hot paths' compiled statements, on the writer's connection (see `compiled.ts`). */
  sql: SqlRunner;
  /** A second, read-only connection: reads see the last commit and never queue behind a write burst. */
  reader: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the database file, migrated to the newest schema.
 *
 * The data directory's lock (`lockDataDir`) is held for as long as the database is open: a
 * second Rembuk on the same data directory fails at once with `data_dir_in_use`, and the
 * operating system releases the lock if the app crashes, so there is nothing stale to clean up.
 */
export async function openDatabase(file: string): Promise<OpenedDatabase> {
  const lock = lockDataDir(file);
  let raw: DatabaseSync;
  try {
    raw = openWriter(file);
  } catch (error) {
    lock.release();
    throw error;
  }
  const prepared = preparedStatements(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: toKyselyDatabase(raw, prepared) }), plugins: [new RevisionPlugin()] });
  try {
    await migrate(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    lock.release();
    throw error;
  }
  const reader = new Kysely<Database>({ dialect: new SqliteDialect({ database: toKyselyDatabase(openReader(file)) }) });
  return {
    db,
    sql: new SqlRunner(prepared),
    reader,
    close: async () => {
      await reader.destroy();
      await db.destroy();
      lock.release();
    },
  };
}

function openWriter(file: string): DatabaseSync {
  let raw: DatabaseSync;
  try {
    raw = new DatabaseSync(file, { timeout: 0 });
  } catch (error) {
    throw new StartupError('data_dir_not_writable', file, { cause: error });
  }
  try {
    raw.exec('PRAGMA journal_mode = WAL');
    // Every acknowledged card must survive a power cut in the ballroom: fsync on each commit.
    raw.exec('PRAGMA synchronous = FULL');
    raw.exec('PRAGMA foreign_keys = ON');
    raw.exec('PRAGMA busy_timeout = 5000');
    return raw;
  } catch (error) {
    raw.close();
    const busy = (error as { errcode?: number }).errcode === SQLITE_BUSY;
    throw new StartupError(busy ? 'data_dir_in_use' : 'data_dir_not_writable', file, { cause: error });
  }
}
