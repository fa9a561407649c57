import type { Kysely, Transaction } from 'kysely';
import type { RestoreOutcome } from '#shared/backups.ts';
import type { Backups } from './backups/backups.ts';
import type { AppEvent } from '#shared/events.ts';
import type { GroupCommit } from './db/group-commit.ts';
import type { LiveDatabase } from './db/live-database.ts';
import type { SqlRunner } from './db/compiled.ts';
import type { Database } from './db/schema.ts';
import type { Door } from './door/door.ts';
import type { EventBus } from './events.ts';
import type { ChooseSavePath } from './reports/choose-save-path.ts';
import type { ReportJobs } from './reports/jobs.ts';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

/** What every handler gets: the database, the event bus and a clock (fixed in tests). */
export interface CoreContext {
  /** For reads: the read connection (the last committed state). Changes go through `write`. */
  db: Db;
  /** The writer, committing the changes of many callers together (see group-commit.ts). */
  commits: GroupCommit;
  /** Compiled statements of the hot paths, on the writer's connection (inside `write`, in its transaction). */
  sql: SqlRunner;
  events: EventBus;
  now(): string;
  newId(): string;
  /** The participants' door (phones on the room's network). */
  door: Door;
  /** Exports being made off the main thread. */
  reports: ReportJobs;
  /** The desktop app's save dialog; absent in the browser host, which offers downloads. */
  chooseSavePath?: ChooseSavePath;
  /** Backups, restore, and the live database for change sets: electron/core/backups/, transfer/. */
  safety: DataSafety;
}

export interface DataSafety {
  dataDir: string;
  backups: Backups;
  restore(id: string): Promise<RestoreOutcome>;
  freeBytes(): number | null;
  /** The data file, its writer between two transactions (`alone`), and its swap on restore. */
  live: LiveDatabase;
}

/**
 * Runs a change in a transaction (shared with the changes of other callers that arrive at the
 * same moment) and announces its events only after the commit, so a listener never sees a
 * change that was rolled back.
 */
export async function write<T>(
  ctx: CoreContext,
  change: (trx: Trx) => Promise<{ value: T; events: AppEvent[] }>,
): Promise<T> {
  const { value, events } = await ctx.commits.run(change);
  for (const event of events) ctx.events.emit(event);
  return value;
}
