import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect } from 'kysely';
import { StartupError } from '../startup-error.ts';
import { SqlRunner } from './compiled.ts';
import { classify, diagnoseDatabase } from './diagnose.ts';
import { migrate } from './migrations/index.ts';
import { RevisionPlugin } from './revision.ts';
import type { Database } from './schema.ts';
import { preparedStatements, toKyselyDatabase } from './sqlite-adapter.ts';

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** The hot paths' compiled statements, on the same connection (see `compiled.ts`). */
  sql: SqlRunner;
  /** The connection under Kysely, for what Kysely does not do (changesets). */
  raw: DatabaseSync;
  file: string;
  /** True when this open made the database (there was none, or an empty one). */
  created: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs once the file is known sound and before this build's migrations change it. */
  beforeMigrate?: () => Promise<void>;
}

/**
 * Opens (or creates) the database file, migrated to the newest schema. The file is diagnosed
 * first (`diagnose.ts`): a damaged, foreign or newer file is refused with a coded StartupError
 * and left as it was. The data directory's instance lock is taken by the caller (`instance-lock.ts`).
 */
export async function openDatabase(file: string, { beforeMigrate }: OpenOptions = {}): Promise<OpenedDatabase> {
  const diagnosis = diagnoseDatabase(file);
  const raw = openConnection(file);
  const prepared = preparedStatements(raw);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: toKyselyDatabase(raw, prepared) }), plugins: [new RevisionPlugin()] });
  try {
    if (diagnosis.state === 'sound' && diagnosis.pending > 0) await beforeMigrate?.();
    await migrate(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error instanceof StartupError ? error : classify(error, file);
  }
  return { db, sql: new SqlRunner(prepared), raw, file, created: diagnosis.state === 'new', close: () => db.destroy() };
}

function openConnection(file: string): DatabaseSync {
  let raw: DatabaseSync;
  try {
    raw = new DatabaseSync(file, { timeout: 0 });
  } catch (error) {
    throw classify(error, file);
  }
  try {
    // Readers (the backup worker) never wait for the writer, and the writer never waits for them.
    raw.exec('PRAGMA journal_mode = WAL');
    // Every acknowledged card must survive a power cut in the ballroom: fsync on each commit.
    raw.exec('PRAGMA synchronous = FULL');
    raw.exec('PRAGMA foreign_keys = ON');
    raw.exec('PRAGMA busy_timeout = 5000');
    return raw;
  } catch (error) {
    raw.close();
    throw classify(error, file);
  }
}
