import { randomUUID } from 'node:crypto';
import type { Outcome } from '#shared/errors.ts';
import type { CoreContext } from './context.ts';
import { prepareDataDir } from './data-dir.ts';
import { GroupCommit } from './db/group-commit.ts';
import { openDatabase } from './db/open.ts';
import { DEFAULT_DEVICE_CAP, Door } from './door/door.ts';
import { followBoard } from './door/follow-board.ts';
import type { DoorListenerFactory } from './door/listener.ts';
import { createPhoneDoor } from './door/phone-door.ts';
import { dispatch } from './dispatch.ts';
import { EventBus, type EventListener } from './events.ts';
import type { ChooseSavePath } from './reports/choose-save-path.ts';
import { ReportJobs } from './reports/jobs.ts';

/** What a door holds: one way in (`dispatch`), one way to listen, and a way to shut down. */
export interface Core {
  dispatch(method: string, input: unknown): Promise<Outcome<unknown>>;
  subscribe(listener: EventListener): () => void;
  /** A finished export, for the browser host's download (throws a coded AppError otherwise). */
  reportFile(id: string): { fileName: string; bytes: Uint8Array };
  close(): Promise<void>;
  readonly dataDir: string;
}

export interface CoreOptions {
  dataDir: string;
  /** Tests fix the clock; the app uses the wall clock. */
  now?: () => string;
  /** The desktop app's native save dialog for exports. */
  chooseSavePath?: ChooseSavePath;
  /** The participants' door: its HTTP listener (electron/host/door), and how many phones it lets in. */
  door?: { listener: DoorListenerFactory; deviceCap?: number };
}

/**
 * Opens the data directory (exclusively: one Rembuk per folder) and returns the core.
 * Throws a StartupError the door turns into a message and a non-zero exit.
 */
export async function openCore({ dataDir, now = () => new Date().toISOString(), chooseSavePath, door: doorOptions }: CoreOptions): Promise<Core> {
  const file = prepareDataDir(dataDir);
  const database = await openDatabase(file);
  const events = new EventBus();
  const reports = new ReportJobs(events);
  const commits = new GroupCommit(database.db);
  const door = new Door(events, doorOptions?.deviceCap ?? DEFAULT_DEVICE_CAP);
  const ctx: CoreContext = { db: database.reader, sql: database.sql, commits, events, now, newId: randomUUID, door, reports, ...(chooseSavePath ? { chooseSavePath } : {}) };
  if (doorOptions) door.useListener(doorOptions.listener(createPhoneDoor(ctx, door)));
  const stopFollowing = followBoard(ctx, door);
  let closing: Promise<void> | undefined;
  return {
    dataDir,
    dispatch: (method, input) => dispatch(ctx, method, input),
    subscribe: (listener) => events.subscribe(listener),
    reportFile(id) {
      const { job, bytes } = reports.file(id);
      return { fileName: job.fileName, bytes };
    },
    close: () =>
      (closing ??= door
        .close('quit')
        .then(() => stopFollowing())
        .then(() => reports.close())
        .then(() => commits.close())
        .then(() => database.close())),
  };
}
