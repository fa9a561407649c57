import { copyFileSync, existsSync, openSync, closeSync, fsyncSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { BackupCopy } from '#shared/backups.ts';
import { DATABASE_FILE, prepareDataDir } from '../data-dir.ts';
import { diagnoseDatabase } from '../db/diagnose.ts';
import { lockDataDir } from '../db/lock.ts';
import { StartupError } from '../startup-error.ts';
import { Backups } from './backups.ts';
import { setAsideFileName } from './names.ts';

/** `latest`: the newest copy that checks out; `empty`: no copy, start without data; or a file's path. */
export type RestoreChoice = { latest: true } | { empty: true } | { file: string };

export interface StartupRestore {
  /** The copy now in use, or null when starting empty. */
  restoredFrom: string | null;
  /** Where the file that was there went (never deleted), or null when there was none. */
  setAside: string | null;
}

/**
 * Before the core opens: puts a backup in place of the data file (the desktop app's "restore"
 * answer at start, the host's `--restore`). The file that was there is moved aside with a time
 * stamp, never deleted. Holds the data folder's instance lock while it works.
 */
export function restoreDataDir(dataDir: string, choice: RestoreChoice, now = new Date()): StartupRestore {
  const file = prepareDataDir(dataDir);
  const lock = lockDataDir(dataDir);
  try {
    const source = 'empty' in choice ? null : 'latest' in choice ? newestSoundCopy(dataDir) : checkedCopy(resolve(choice.file));
    // The copy is complete on disk before the old file moves: a crash in between loses neither.
    const incoming = source ? stageCopy(source, file) : null;
    const setAside = existsSync(file) ? setAsideDatabase(file, now) : null;
    if (incoming) renameSync(incoming, file);
    return { restoredFrom: source, setAside };
  } finally {
    lock.release();
  }
}

/** The newest copy in the backups folder that is still a sound Rembuk database. */
export function newestSoundCopy(dataDir: string): string {
  const backups = new Backups({ dataDir, file: join(dataDir, DATABASE_FILE), changes: () => 0 });
  for (const copy of backups.list()) {
    const path = join(backups.folder, copy.id);
    if (isSoundCopy(path)) return path;
  }
  throw new StartupError('backup_missing', backups.folder);
}

/** The copies a door can offer at start (newest first), without opening the core. */
export function listCopies(dataDir: string): BackupCopy[] {
  return new Backups({ dataDir, file: join(dataDir, DATABASE_FILE), changes: () => 0 }).list();
}

/** A copy must be a sound Rembuk database this build can open (not empty, not newer). */
export function checkedCopy(path: string): string {
  if (!isSoundCopy(path)) throw new StartupError('backup_unusable', path);
  return path;
}

function isSoundCopy(path: string): boolean {
  try {
    return diagnoseDatabase(path).state === 'sound';
  } catch {
    return false;
  }
}

/**
 * Copies a backup into place over a closed database: to a temporary file, flushed, then renamed
 * over the data file in one step. (A cleanly closed database has no write-ahead log left.)
 */
export function installCopy(source: string, file: string): void {
  const incoming = stageCopy(source, file);
  for (const leftover of [`${file}-wal`, `${file}-shm`]) rmSync(leftover, { force: true });
  renameSync(incoming, file);
}

/** The copy beside the data file, flushed to disk, ready to be renamed into place. */
function stageCopy(source: string, file: string): string {
  const incoming = `${file}.restoring`;
  copyFileSync(source, incoming);
  const fd = openSync(incoming, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return incoming;
}

/** Moves the data file (and its write-ahead log, if any) aside under a time-stamped name. */
function setAsideDatabase(file: string, now: Date): string {
  const damaged = !isSoundCopy(file);
  const aside = join(file, '..', setAsideFileName(now, damaged ? 'damaged' : 'replaced'));
  renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${aside}${suffix}`);
  }
  return basename(aside);
}
