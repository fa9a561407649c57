import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect } from 'kysely';
import { AppError } from '#shared/errors.ts';
import { MAX_TRANSFER_BYTES } from '#shared/transfer.ts';
import { migrate, migrations } from '../db/migrations/index.ts';
import { toKyselyDatabase } from '../db/sqlite-adapter.ts';
import { rowsChecksum } from './checksum.ts';
import { readManifest, type Manifest } from './manifest.ts';
import { TRANSFERRED_TABLES, workshopRows } from './tables.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface IncomingFile {
  /** A private copy in the data folder, brought to this build's schema. */
  file: string;
  manifest: Manifest;
  discard(): void;
}

/**
 * Takes a `.rembuk` file in: checks that it is one (manifest), whole (quick_check), unchanged
 * (the rows' SHA-256 against the manifest), from a schema this build knows, and holding one
 * workshop's rows only, with nothing pointing outside it. Then migrates its private copy to this
 * build's schema. Any failure is a coded refusal, and nothing of the data folder has changed.
 */
export async function receiveFile(bytes: Uint8Array, dataDir: string): Promise<IncomingFile> {
  if (bytes.byteLength > MAX_TRANSFER_BYTES) throw new AppError('file_too_large', `The file has ${bytes.byteLength} bytes`, { limit: MAX_TRANSFER_BYTES });
  if (bytes.byteLength < 100 || !Buffer.from(bytes.subarray(0, SQLITE_MAGIC.length)).equals(SQLITE_MAGIC)) {
    throw new AppError('transfer_not_rembuk', 'Not a SQLite file');
  }
  const file = join(dataDir, `.incoming-${randomUUID()}.rembuk`);
  const discard = () => {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  };
  writeFileSync(file, bytes);
  try {
    const manifest = verify(file);
    await bringUpToDate(file);
    return { file, manifest, discard };
  } catch (error) {
    discard();
    throw error;
  }
}

function verify(file: string): Manifest {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    throw new AppError('transfer_damaged', `Cannot open: ${String(error)}`);
  }
  try {
    let check: string | undefined;
    try {
      check = (db.prepare('PRAGMA quick_check(1)').get() as { quick_check?: string } | undefined)?.quick_check;
    } catch (error) {
      throw new AppError('transfer_damaged', `Cannot read: ${String(error)}`);
    }
    if (check !== 'ok') throw new AppError('transfer_damaged', `quick_check: ${String(check)}`);
    const manifest = readManifest(db);
    if (!manifest) throw new AppError('transfer_not_rembuk', 'No manifest');
    if (manifest.migrations.some((name) => !Object.hasOwn(migrations, name))) throw new AppError('transfer_too_new', `Schema ${manifest.schemaVersion}`);
    const tables = TRANSFERRED_TABLES.map((t) => t.table).filter((t) => Object.hasOwn(manifest.rowCounts, t));
    let sum: string;
    try {
      sum = rowsChecksum(db, tables);
    } catch (error) {
      throw new AppError('transfer_damaged', `Tables missing: ${String(error)}`);
    }
    if (sum !== manifest.sha256) throw new AppError('transfer_checksum', 'The rows do not match the manifest');
    assertOneWorkshop(db, manifest, tables);
    return manifest;
  } finally {
    db.close();
  }
}

/** Every row belongs to the manifest's workshop, and nothing points outside the file. */
function assertOneWorkshop(db: DatabaseSync, manifest: Manifest, tables: string[]) {
  for (const entry of TRANSFERRED_TABLES.filter((t) => tables.includes(t.table))) {
    const total = Number((db.prepare(`select count(*) as n from "${entry.table}"`).get() as { n: number }).n);
    const own = Number((db.prepare(`select count(*) as n from "${entry.table}" where ${workshopRows(entry)}`).get({ workshop: manifest.workshopId }) as { n: number }).n);
    if (total !== own || total !== manifest.rowCounts[entry.table]) throw new AppError('transfer_damaged', `${entry.table}: rows of another workshop`);
  }
  if (manifest.rowCounts.workshops !== 1) throw new AppError('transfer_damaged', 'Not exactly one workshop');
  if (db.prepare('PRAGMA foreign_key_check').all().length > 0) throw new AppError('transfer_damaged', 'Rows point outside the file');
}

/** An older file's private copy gets this build's migrations, like an old data folder does. */
async function bringUpToDate(file: string) {
  const raw = new DatabaseSync(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: toKyselyDatabase(raw) }) });
  try {
    raw.exec('PRAGMA journal_mode = DELETE');
    await migrate(db);
  } catch (error) {
    throw new AppError('transfer_damaged', `Cannot bring the file to this schema: ${String(error)}`);
  } finally {
    await db.destroy();
  }
}
