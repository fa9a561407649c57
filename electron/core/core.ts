import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Outcome } from '#shared/errors.ts';
import { Backups } from './backups/backups.ts';
import { restoreLive } from './backups/live-restore.ts';
import { BACKUP_POLICY } from './backups/policy.ts';
import type { CoreContext } from './context.ts';
import { freeBytes, prepareDataDir } from './data-dir.ts';
import { LiveDatabase } from './db/live-database.ts';
import { lockDataDir } from './db/lock.ts';
import { openDatabase, type OpenedDatabase } from './db/open.ts';
import { DEFAULT_DEVICE_CAP, Door } from './door/door.ts';
import { followBoard } from './door/follow-board.ts';
import type { DoorListenerFactory, PhoneDoor } from './door/listener.ts';
import { createPhoneDoor } from './door/phone-door.ts';
import { dispatch } from './dispatch.ts';
import { EventBus, type EventListener } from './events.ts';
import { Gate } from './gate.ts';
import type { ChooseSavePath } from './reports/choose-save-path.ts';
import { ReportJobs } from './reports/jobs.ts';
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
  /** The participants' door: its HTTP listener (electron/host/door), and how many phones it lets in. */
  door?: { listener: DoorListenerFactory; deviceCap?: number };
  /** Free space on the data folder's disk; tests pretend a nearly full one. */
  freeSpace?: (dir: string) => number | null;
  /** Runs on the writer's connection once it is open (tests cap its size to fill the "disk"). */
  configureConnection?: (connection: DatabaseSync) => void;
}

/** Calls that replace the database under everyone: they wait for the others and run alone. */
const RUN_ALONE = new Set(['backups.restore']);

/**
 * Opens the data directory (exclusively: one Rembuk per folder) and returns the core.
 * Throws a StartupError the door turns into a message and a non-zero exit.
 */
export async function openCore({
  dataDir,
  now = () => new Date().toISOString(),
  chooseSavePath,
  door: doorOptions,
  freeSpace = freeBytes,
  configureConnection,
}: CoreOptions): Promise<Core> {
  const file = prepareDataDir(dataDir);
  const lock = lockDataDir(dataDir);
  // Copies count the writer's changes; the first copy (before a migration) comes before it opens.
  let opened: LiveDatabase | null = null;
  const backups = new Backups({ dataDir, file, changes: () => totalChanges(opened?.writer ?? null) });
  backups.removeLeftovers();
  removeTransferLeftovers(dataDir);
  let database: OpenedDatabase;
  try {
    database = await openDatabase(file, { beforeMigrate: () => backups.create('before-migration').then(() => undefined) });
  } catch (error) {
    lock.release();
    throw error;
  }
  configureConnection?.(database.raw);
  const live = (opened = new LiveDatabase(database, (reopened) => {
    ctx.db = reopened.reader;
    ctx.sql = reopened.sql;
  }));
  backups.resetChanges();
  if (!database.created) void backups.create('start').catch(logBackupFailure);
  backups.startSchedule();

  const events = new EventBus();
  const reports = new ReportJobs(events);
  const door = new Door(events, doorOptions?.deviceCap ?? DEFAULT_DEVICE_CAP);
  const ctx: CoreContext = {
    db: database.reader,
    sql: database.sql,
    commits: live.commits,
    events,
    now,
    newId: randomUUID,
    door,
    reports,
    ...(chooseSavePath ? { chooseSavePath } : {}),
    safety: {
      dataDir,
      backups,
      live,
      freeBytes: () => freeSpace(dataDir),
      restore: (id) => restoreLive({ backups, events, door }, id, live),
    },
  };
  const gate = new Gate();
  if (doorOptions) door.useListener(doorOptions.listener(behindGate(createPhoneDoor(ctx, door), gate)));
  const stopFollowing = followBoard(ctx, door);
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
        await door.close('quit');
        stopFollowing();
        await reports.close();
        // Every queued change is saved before the last copy is made.
        await live.commits.close();
        await backups.stop();
        await backups.copyIfChanged('close').catch(logBackupFailure);
        await live.close();
        lock.release();
      })),
  };
}

/** The phones' calls wait, like the facilitator's, while a restore swaps the database. */
function behindGate(phones: PhoneDoor, gate: Gate): PhoneDoor {
  return {
    authenticate: (credential) => gate.shared(() => phones.authenticate(credential)),
    call: (method, input, device) => gate.shared(() => phones.call(method, input, device)),
    connect: (device, send) => phones.connect(device, send),
  };
}

/** Rows changed through the writer since it opened (SQLite's own count); 0 while it is closed. */
function totalChanges(writer: DatabaseSync | null): number {
  return writer ? Number((writer.prepare('select total_changes() as n').get() as { n: number }).n) : 0;
}

function logBackupFailure(error: unknown) {
  console.error('Backup failed', error);
}
