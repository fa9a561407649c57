import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '#shared/errors.ts';
import type { BackupCopy, BackupReason } from '#shared/backups.ts';
import { runWorkerOnce } from '../workers/run-once.ts';
import { workerFile } from '../workers/worker-file.ts';
import type { CopyAnswer, CopyRequest } from './copy-worker.ts';
import { backupFileName, parseBackupFileName } from './names.ts';
import { BACKUP_FOLDER, BACKUP_POLICY } from './policy.ts';
import { copiesToDelete } from './rotation.ts';

export interface BackupsOptions {
  dataDir: string;
  /** The live database file. */
  file: string;
  /** How many rows the core has changed since it opened: a copy is made only after changes. */
  changes: () => number;
  clock?: () => Date;
  policy?: typeof BACKUP_POLICY;
}

/**
 * The verified copies in `<data>/backups/`. A copy is made by a worker (`copy-worker.ts`) that
 * reads the database through its own connection, so the core goes on writing meanwhile; it is
 * named with its time only once it has passed `quick_check`, so every listed copy is a good one.
 * Copies are made one at a time, and old ones are rotated away (`rotation.ts`).
 */
export class Backups {
  readonly folder: string;
  readonly #options: BackupsOptions;
  readonly #policy: typeof BACKUP_POLICY;
  #queue: Promise<unknown> = Promise.resolve();
  #timer: NodeJS.Timeout | null = null;
  /** `changes()` when the last copy was made; null before the first copy of this run. */
  #copiedAtChanges: number | null = null;

  constructor(options: BackupsOptions) {
    this.#options = options;
    this.#policy = options.policy ?? BACKUP_POLICY;
    this.folder = join(options.dataDir, BACKUP_FOLDER);
  }

  /** Makes a verified copy now (after any copy already under way). */
  create(reason: BackupReason): Promise<BackupCopy> {
    const run = this.#queue.then(() => this.#copy(reason));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs `work` with no copy under way and none starting until it ends (a restore swaps the file
   * the copies read); `work` gets its own way to make a copy meanwhile.
   */
  whileHeld<T>(work: (copy: (reason: BackupReason) => Promise<BackupCopy>) => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => work((reason) => this.#copy(reason)));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Every `intervalMs`, a copy if something changed since the last one. */
  startSchedule(): void {
    this.#timer = setInterval(() => void this.copyIfChanged('interval').catch(logFailure), this.#policy.intervalMs);
    this.#timer.unref();
  }

  async copyIfChanged(reason: BackupReason): Promise<BackupCopy | null> {
    if (this.#options.changes() === (this.#copiedAtChanges ?? 0)) return null;
    return this.create(reason);
  }

  /** Stops the schedule and waits for a copy under way. */
  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#queue;
  }

  /** The copies, newest first. */
  list(): BackupCopy[] {
    if (!existsSync(this.folder)) return [];
    const copies: BackupCopy[] = [];
    for (const name of readdirSync(this.folder)) {
      const named = parseBackupFileName(name);
      if (!named) continue;
      const facts = readFacts(join(this.folder, name));
      const bytes = facts?.bytes ?? sizeOf(join(this.folder, name));
      copies.push({ id: name, ...named, bytes, workshops: facts?.workshops ?? null, cards: facts?.cards ?? null });
    }
    return copies.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** The path of a listed copy, or a `not_found` refusal. */
  pathOf(id: string): string {
    const copy = this.list().find((c) => c.id === id);
    if (!copy) throw new AppError('not_found', `Backup ${id} not found`, { entity: 'backup' });
    return join(this.folder, copy.id);
  }

  /** Removes what a copy cut short by a crash left behind (never a finished copy). */
  removeLeftovers(): void {
    if (!existsSync(this.folder)) return;
    for (const name of readdirSync(this.folder)) {
      if (name.startsWith('.') && /\.part(-journal)?$/.test(name)) rmSync(join(this.folder, name), { force: true });
    }
  }

  /** Rows changed since this copy: after a restore the count starts again from the new file. */
  resetChanges(): void {
    this.#copiedAtChanges = this.#options.changes();
  }

  async #copy(reason: BackupReason): Promise<BackupCopy> {
    mkdirSync(this.folder, { recursive: true });
    const changes = this.#options.changes();
    const createdAt = (this.#options.clock ?? (() => new Date()))();
    const name = this.#freeName(createdAt, reason);
    const target = join(this.folder, name);
    const partial = join(this.folder, `.${name}.part`);
    rmSync(partial, { force: true });
    const answer = await runWorkerOnce<CopyRequest, CopyAnswer>(workerFile('backup'), { source: this.#options.file, target: partial }, {
      timeoutMs: this.#policy.copyTimeoutMs,
      onTimeout: () => ({ ok: false, diskFull: false, message: 'The copy took too long' }),
      onCrash: (why) => ({ ok: false, diskFull: false, message: `The backup worker stopped (${why})` }),
    });
    if (!answer.ok) {
      rmSync(partial, { force: true });
      rmSync(`${partial}-journal`, { force: true });
      throw new AppError(answer.diskFull ? 'disk_full' : 'internal', `Backup failed: ${answer.message}`, { entity: 'backup' });
    }
    const facts: CopyFacts = { bytes: answer.bytes, workshops: answer.workshops, cards: answer.cards };
    writeFileSync(`${target}.json`, JSON.stringify(facts));
    renameSync(partial, target);
    this.#copiedAtChanges = changes;
    this.#rotate(createdAt);
    return { id: name, createdAt: createdAt.toISOString(), reason, ...facts };
  }

  #freeName(time: Date, reason: BackupReason): string {
    for (let attempt = 0; ; attempt++) {
      const name = backupFileName(time, reason, attempt);
      if (!existsSync(join(this.folder, name))) return name;
    }
  }

  #rotate(now: Date) {
    for (const copy of copiesToDelete(this.list(), now, this.#policy)) {
      rmSync(join(this.folder, copy.id), { force: true });
      rmSync(join(this.folder, `${copy.id}.json`), { force: true });
    }
  }
}

interface CopyFacts {
  bytes: number;
  workshops: number;
  cards: number;
}

/** What the worker counted when it checked the copy (a small file beside it). */
function readFacts(copy: string): CopyFacts | null {
  try {
    const facts = JSON.parse(readFileSync(`${copy}.json`, 'utf8')) as Partial<CopyFacts>;
    if (typeof facts.bytes !== 'number' || typeof facts.workshops !== 'number' || typeof facts.cards !== 'number') return null;
    return { bytes: facts.bytes, workshops: facts.workshops, cards: facts.cards };
  } catch {
    return null;
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function logFailure(error: unknown) {
  // A failed scheduled copy is not the facilitator's problem now; the next one tries again.
  console.error('Scheduled backup failed', error);
}
