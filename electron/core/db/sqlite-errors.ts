/** SQLite's primary result codes that Rembuk tells apart (https://sqlite.org/rescode.html). */
export const SQLITE = {
  PERM: 3,
  BUSY: 5,
  LOCKED: 6,
  READONLY: 8,
  IOERR: 10,
  CORRUPT: 11,
  FULL: 13,
  CANTOPEN: 14,
  NOTADB: 26,
} as const;

/**
 * The SQLite result code behind an error, looking through wrapped causes (Kysely's migrator wraps
 * them). Extended codes are reduced to their primary code.
 */
export function sqliteCode(error: unknown): number | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { errcode?: unknown }).errcode;
    if (typeof code === 'number' && code !== 0) return code & 0xff;
  }
  return undefined;
}

/** A full disk, from SQLite (SQLITE_FULL) or from the file system (ENOSPC). */
export function isDiskFull(error: unknown): boolean {
  if (sqliteCode(error) === SQLITE.FULL) return true;
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if ((current as { code?: unknown }).code === 'ENOSPC') return true;
  }
  return false;
}
