import type { Kysely, Transaction } from 'kysely';
import type { AppEvent } from '#shared/events.ts';
import type { SqlRunner } from './db/compiled.ts';
import type { Database } from './db/schema.ts';
import type { EventBus } from './events.ts';
import type { ChooseSavePath } from './reports/choose-save-path.ts';
import type { ReportJobs } from './reports/jobs.ts';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

/** What every handler gets: the database, the event bus and a clock (fixed in tests). */
export interface CoreContext {
  db: Db;
  /** Compiled statements of the hot paths, run in the same connection (and transaction) as `db`. */
  sql: SqlRunner;
  events: EventBus;
  now(): string;
  newId(): string;
  /** Exports being made off the main thread. */
  reports: ReportJobs;
  /** The desktop app's save dialog; absent in the browser host, which offers downloads. */
  chooseSavePath?: ChooseSavePath;
}

/**
 * Runs a change in one transaction and announces its events only after the commit, so a
 * listener never sees a change that was rolled back.
 */
export async function write<T>(
  ctx: CoreContext,
  change: (trx: Trx) => Promise<{ value: T; events: AppEvent[] }>,
): Promise<T> {
  const { value, events } = await ctx.db.transaction().execute(change);
  for (const event of events) ctx.events.emit(event);
  return value;
}
