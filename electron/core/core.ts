import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Outcome } from '#shared/errors.ts';
import { Backups } from './backups/backups.ts';
import { BACKUP_POLICY } from './backups/policy.ts';
import type { CoreContext } from './context.ts';
import { freeBytes, prepareDataDir } from './data-dir.ts';
import { acquireInstanceLock } from './db/instance-lock.ts';
import { openDatabase, type OpenedDatabase } from './db/open.ts';
import { dispatch } from './dispatch.ts';
import { EventBus, type EventListener } from './events.ts';
import { Gate } from './gate.ts';
import type { ChooseSavePath } from './reports/choose-save-path.ts';
import { ReportJobs } from './reports/jobs.ts';
import { restoreLive } from './backups/live-restore.ts';
import { removeTransferLeftovers } from './transfer/leftovers.ts';

/** What a door holds: one way in (`dispatch`), one way to listen, and a way to shut down. */
export interface Core {
  dispatch(method: string, input: unknown): Promise<Outcome<unknown>>;
  subscribe(listener: EventListener): () => void;
  /** A finished export, for the browser host's download (throws a coded AppError otherwise). */
  reportFile(id: string): { fileName: string; bytes: Uint8Array };
  close(): Promise<void>;
  readonly dataDir: string;
  /** What the door should tell at start: the disk is nearly full. */
  readonly warnings: StartupWarning[];
}

export type StartupWarning = { kind: 'low_disk_space'; freeBytes: number };

export interface CoreOptions {
  dataDir: string;
  /** Tests fix the clock; the app uses the wall clock. */
  now?: () => string;
  /** The desktop app's native save dialog for exports. */
  chooseSavePath?: ChooseSavePath;
  /** Free space on the data folder's disk; tests pretend a nearly full one. */
  freeSpace?: (dir: string) => number | null;
  /** Runs on the live connection once it is open (tests cap its size to fill the "disk"). */
  configureConnection?: (connection: DatabaseSync) => void;
}

/** Calls that replace the database under everyone: they wait for the others and run alone. */
const RUN_ALONE = new Set(['backups.restore', 'transfer.export', 'transfer.import']);

/**
 * Opens the data directory (exclusively: one Rembuk per folder) and returns the core.
 * Throws a StartupError the door turns into a message and a non-zero exit.
 */
export async function openCore({ dataDir, now = () => new Date().toISOString(), chooseSavePath, freeSpace = freeBytes, configureConnection }: CoreOptions): Promise<Core> {
  const file = prepareDataDir(dataDir);
  const lock = acquireInstanceLock(dataDir);
  const live: { current: OpenedDatabase | null } = { current: null };
  const backups = new Backups({ dataDir, file, changes: () => (live.current ? totalChanges(live.current) : 0) });
  backups.removeLeftovers();
  removeTransferLeftovers(dataDir);
  let database: OpenedDatabase;
  try {
    database = await openDatabase(file, { beforeMigrate: () => backups.create('before-migration').then(() => undefined) });
  } catch (error) {
    lock.release();
    throw error;
  }
  live.current = database;
  configureConnection?.(database.raw);
  backups.resetChanges();
  if (!database.created) void backups.create('start').catch(logBackupFailure);
  backups.startSchedule();

  const events = new EventBus();
  const reports = new ReportJobs(events);
  const ctx: CoreContext = {
    db: database.db,
    sql: database.sql,
    events,
    now,
    newId: randomUUID,
    reports,
    ...(chooseSavePath ? { chooseSavePath } : {}),
    safety: {
      dataDir,
      backups,
      freeBytes: () => freeSpace(dataDir),
      connection: () => (live.current ?? database).raw,
      restore: (id) =>
        restoreLive({ backups, file, events }, id, {
          current: () => live.current ?? database,
          replace(next) {
            live.current = next;
            ctx.db = next.db;
            ctx.sql = next.sql;
          },
        }),
    },
  };
  const gate = new Gate();
  const free = freeSpace(dataDir);
  const warnings: StartupWarning[] = free !== null && free < BACKUP_POLICY.lowSpaceBytes ? [{ kind: 'low_disk_space', freeBytes: free }] : [];

  let closing: Promise<void> | undefined;
  return {
    dataDir,
    warnings,
    dispatch: (method, input) => {
      const run = () => dispatch(ctx, method, input);
      return RUN_ALONE.has(method) ? gate.exclusive(run) : gate.shared(run);
    },
    subscribe: (listener) => events.subscribe(listener),
    reportFile(id) {
      const { job, bytes } = reports.file(id);
      return { fileName: job.fileName, bytes };
    },
    close: () =>
      (closing ??= gate.exclusive(async () => {
        await reports.close();
        await backups.stop();
        await backups.copyIfChanged('close').catch(logBackupFailure);
        await (live.current ?? database).close();
        lock.release();
      })),
  };
}

/** Rows changed through this connection since it opened (SQLite's own count). */
function totalChanges(database: OpenedDatabase): number {
  return Number((database.raw.prepare('select total_changes() as n').get() as { n: number }).n);
}

function logBackupFailure(error: unknown) {
  console.error('Backup failed', error);
}
