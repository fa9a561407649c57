import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Change<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending {
  change: Change<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/**
 * A transaction takes no more changes once it has worked this long: it commits, and the event
 * loop gets a turn (new connections, reads, the board's events) before the next one starts.
 */
const WORK_PER_COMMIT_MS = 10;

/**
 * Group commit: the changes that arrive while a commit is under way are run together in the
 * next transaction, each inside its own savepoint, and committed (one fsync, synchronous=FULL
 * kept) before any of their callers is answered. A change that fails rolls back to its
 * savepoint and fails alone; a commit that fails fails every change in it. With one writer at a
 * time (the facilitator alone) every change still gets its own transaction at once.
 */
export class GroupCommit {
  readonly #db: Kysely<Database>;
  #queue: Pending[] = [];
  #running = false;
  #closed = false;
  #transactions = 0;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Runs `change` in the next transaction; resolves with its value once that transaction committed. */
  run<T>(change: Change<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('The database is closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({ change, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#running) {
        this.#running = true;
        // Let the changes that arrived in the same turn of the event loop join this transaction.
        setImmediate(() => void this.#drain());
      }
    });
  }

  /** How many transactions were committed or rolled back so far (the bench reports changes per commit). */
  get transactions(): number {
    return this.#transactions;
  }

  /** Waits for the changes already queued, then refuses new ones. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#running) await new Promise((resolve) => setImmediate(resolve));
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      await this.#commit();
      // Awaiting SQLite never leaves the microtask queue: give waiting I/O its turn.
      if (this.#queue.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    this.#running = false;
  }

  /** One transaction: the changes queued now, in order, until the work budget is spent. */
  async #commit(): Promise<void> {
    const batch: Pending[] = [];
    const outcomes: Outcome[] = [];
    const started = performance.now();
    // A change alone needs no savepoint: the transaction is its own, rolled back if it fails.
    const alone = this.#queue.length === 1;
    this.#transactions += 1;
    try {
      const trx = await this.#db.startTransaction().execute();
      try {
        do {
          const pending = this.#queue.shift()!;
          batch.push(pending);
          outcomes.push(alone ? await settle(() => pending.change(trx)) : await inSavepoint(trx, `change_${batch.length}`, pending.change));
        } while (!alone && this.#queue.length > 0 && performance.now() - started < WORK_PER_COMMIT_MS);
        if (alone && !outcomes[0]!.ok) await trx.rollback().execute();
        else await trx.commit().execute();
      } catch (error) {
        await trx.rollback().execute().catch(() => undefined);
        throw error;
      }
    } catch (error) {
      // The transaction itself failed (disk full, I/O error): nothing in it was saved.
      for (const pending of batch) pending.reject(error);
      return;
    }
    for (const [index, pending] of batch.entries()) {
      const outcome = outcomes[index]!;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    }
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Runs one change of a shared transaction; a failure undoes that change only. */
async function inSavepoint(trx: ControlledTransaction<Database>, name: string, change: Change<unknown>): Promise<Outcome> {
  const inside = await trx.savepoint(name).execute();
  const outcome = await settle(() => change(inside));
  if (outcome.ok) await inside.releaseSavepoint(name).execute();
  else await inside.rollbackToSavepoint(name).execute();
  return outcome;
}

async function settle<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}
