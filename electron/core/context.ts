import type { Kysely, Transaction } from 'kysely';
import type { AppEvent } from '#shared/events.ts';
import type { Database } from './db/schema.ts';
import type { EventBus } from './events.ts';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;

/** What every handler gets: the database, the event bus and a clock (fixed in tests). */
export interface CoreContext {
  db: Db;
  events: EventBus;
  now(): string;
  newId(): string;
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
