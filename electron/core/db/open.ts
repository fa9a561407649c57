import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import { StartupError } from '../startup-error.ts';
import { SqlRunner } from './compiled.ts';
import { classify, diagnoseDatabase } from './diagnose.ts';
import { transactionOn } from './in-transaction.ts';
import { migrate } from './migrations/index.ts';
import { openReader } from './reader.ts';
import { RevisionPlugin } from './revision.ts';
import type { Database } from './schema.ts';
import { preparedStatements, toKyselyDatabase } from './sqlite-adapter.ts';

export interface OpenedDatabase {
  /** Kysely on the one connection that writes, outside a transaction (migrations); changes get `inTransaction`. */
  db: Kysely<Database>;
  /** The hot paths' compiled statements, on the writer's connection (see `compiled.ts`). */
  sql: SqlRunner;
  /** The writer's node:sqlite connection, for what Kysely does not do (change sets, group commit's BEGIN and COMMIT). */
  raw: DatabaseSync;
  /** Kysely on the writer inside the transaction group commit opened: what each change is handed. */
  inTransaction: Transaction<Database>;
  /** A second, read-only connection: reads see the last commit and never queue behind a write burst. */
  reader: Kysely<Database>;
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
 * Opens (or creates) the database file, migrated to the newest schema, with its writer and its
 * reader. The file is diagnosed before either connection opens (`diagnose.ts`): a damaged,
 * foreign or newer file is refused with a coded StartupError and left as it was. One Rembuk per
 * data directory is the caller's lock (`lock.ts`), held across a restore's reopen.
 */
export async function openDatabase(file: string, { beforeMigrate }: OpenOptions = {}): Promise<OpenedDatabase> {
  const diagnosis = diagnoseDatabase(file);
  const raw = openWriter(file);
  const prepared = preparedStatements(raw);
  const writer = toKyselyDatabase(raw, prepared);
  const plugins = [new RevisionPlugin()];
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: writer }), plugins });
  let inTransaction: Transaction<Database>;
  let reader: Kysely<Database>;
  try {
    if (diagnosis.state === 'sound' && diagnosis.pending > 0) await beforeMigrate?.();
    await migrate(db as Kysely<unknown>);
    inTransaction = await transactionOn(raw, writer, plugins);
    reader = new Kysely<Database>({ dialect: new SqliteDialect({ database: toKyselyDatabase(openReader(file)) }) });
  } catch (error) {
    await db.destroy();
    throw error instanceof StartupError ? error : classify(error, file);
  }
  return {
    db,
    sql: new SqlRunner(prepared),
    raw,
    inTransaction,
    reader,
    file,
    created: diagnosis.state === 'new',
    close: async () => {
      await reader.destroy();
      await db.destroy();
    },
  };
}

function openWriter(file: string): DatabaseSync {
  let raw: DatabaseSync;
  try {
    raw = new DatabaseSync(file, { timeout: 0 });
  } catch (error) {
    throw classify(error, file);
  }
  try {
    // The reader and the backup worker never wait for the writer, and the writer never waits for them.
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
