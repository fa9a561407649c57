import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { StartupError } from '../startup-error.ts';
import { migrations } from './migrations/index.ts';
import { isDiskFull, SQLITE, sqliteCode } from './sqlite-errors.ts';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Kysely names its bookkeeping table so; finding the name in a file marks it as Rembuk's. */
const REMBUK_MARK = Buffer.from('kysely_migration', 'latin1');
const SCAN_BYTES = 64 * 1024;

export type Diagnosis =
  /** No database yet (or an empty one): it will be created. */
  | { state: 'new' }
  /** A sound Rembuk database; `pending` migrations of this build have not run on it yet. */
  | { state: 'sound'; pending: number };

/**
 * Looks at the database file before anything opens it for writing, and says what it is: new,
 * sound, or one of the coded startup problems. Only reads: a file that is refused stays
 * byte-identical (a read-only look may add SQLite's `-shm` index beside a WAL database).
 */
export function diagnoseDatabase(file: string): Diagnosis {
  const stats = statOrNull(file);
  if (!stats) return { state: 'new' };
  if (!stats.isFile()) throw new StartupError('database_not_rembuk', file);
  // Zero bytes where a database was: something emptied it; offer the backups, do not start afresh.
  if (stats.size === 0) throw new StartupError('database_damaged', file);
  const head = readHead(file, Math.min(stats.size, SCAN_BYTES));
  if (!head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw new StartupError(head.includes(REMBUK_MARK) ? 'database_damaged' : 'database_not_rembuk', file);
  }
  // A crash in the middle of a checkpoint can leave the file shorter than its header says while
  // the write-ahead log still holds the rest; SQLite mends that itself, so only judge without one.
  if (!hasWriteAheadLog(file) && !sizeMatchesHeader(head, stats.size)) throw new StartupError('database_damaged', file);
  return inspect(file);
}

/** Checks a file that claims to be a SQLite database by opening it read-only. */
function inspect(file: string): Diagnosis {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true, timeout: 0 });
  } catch (error) {
    throw classify(error, file);
  }
  try {
    const check = db.prepare('PRAGMA quick_check(1)').get() as { quick_check?: string } | undefined;
    if (check?.quick_check !== 'ok') throw new StartupError('database_damaged', file);
    const tables = (db.prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'`).all() as Array<{ name: string }>).map((t) => t.name);
    if (tables.length === 0) return { state: 'new' };
    if (!tables.includes('kysely_migration')) throw new StartupError('database_not_rembuk', file);
    const applied = (db.prepare('select name from kysely_migration').all() as Array<{ name: string }>).map((m) => m.name);
    if (applied.some((name) => !Object.hasOwn(migrations, name))) throw new StartupError('database_too_new', file);
    return { state: 'sound', pending: Object.keys(migrations).length - applied.length };
  } catch (error) {
    throw error instanceof StartupError ? error : classify(error, file);
  } finally {
    db.close();
  }
}

/** What a SQLite failure while opening or reading means for the facilitator. */
export function classify(error: unknown, file: string): StartupError {
  const code = sqliteCode(error);
  const problem =
    code === SQLITE.BUSY || code === SQLITE.LOCKED
      ? 'data_dir_in_use'
      : isDiskFull(error)
        ? 'disk_full'
        : code === SQLITE.CORRUPT || code === SQLITE.NOTADB || code === SQLITE.IOERR
          ? 'database_damaged'
          : 'data_dir_not_writable';
  return new StartupError(problem, file, { cause: error });
}

/**
 * The header's page size and page count (when the header vouches for the count) against the
 * file's length: a copy cut short, or a file that lost its tail, is damaged.
 */
function sizeMatchesHeader(head: Buffer, size: number): boolean {
  if (head.length < 100) return false;
  const rawPageSize = head.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return false;
  if (size % pageSize !== 0) return false;
  const pages = head.readUInt32BE(28);
  const countIsValid = pages > 0 && head.readUInt32BE(24) === head.readUInt32BE(92);
  return !countIsValid || pages * pageSize <= size;
}

function hasWriteAheadLog(file: string): boolean {
  try {
    return lstatSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function statOrNull(file: string) {
  try {
    return lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new StartupError('data_dir_not_writable', file, { cause: error });
  }
}

function readHead(file: string, length: number): Buffer {
  const head = Buffer.alloc(length);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new StartupError('data_dir_not_writable', file, { cause: error });
  }
  try {
    readSync(fd, head, 0, length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}
