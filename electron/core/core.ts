import { randomUUID } from 'node:crypto';
import type { Outcome } from '#shared/errors.ts';
import type { CoreContext } from './context.ts';
import { prepareDataDir } from './data-dir.ts';
import { openDatabase } from './db/open.ts';
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
}

/**
 * Opens the data directory (exclusively: one Rembuk per folder) and returns the core.
 * Throws a StartupError the door turns into a message and a non-zero exit.
 */
export async function openCore({ dataDir, now = () => new Date().toISOString(), chooseSavePath }: CoreOptions): Promise<Core> {
  const file = prepareDataDir(dataDir);
  const database = await openDatabase(file);
  const events = new EventBus();
  const reports = new ReportJobs(events);
  const ctx: CoreContext = { db: database.db, sql: database.sql, events, now, newId: randomUUID, reports, ...(chooseSavePath ? { chooseSavePath } : {}) };
  let closing: Promise<void> | undefined;
  return {
    dataDir,
    dispatch: (method, input) => dispatch(ctx, method, input),
    subscribe: (listener) => events.subscribe(listener),
    reportFile(id) {
      const { job, bytes } = reports.file(id);
      return { fileName: job.fileName, bytes };
    },
    close: () => (closing ??= reports.close().then(() => database.close())),
  };
}
