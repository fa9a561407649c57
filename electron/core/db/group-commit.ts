import type { ControlledTransaction, Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

type Change<T> = (trx: Transaction<Database>) => Promise<T>;

interface Pending {
  change: Change<unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** Work that runs between two transactions (see `between`), in the queue's order. */
interface Between {
  between: () => Promise<unknown>;
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
  #db: Kysely<Database>;
  #queue: Array<Pending | Between> = [];
  #running = false;
  #closed = false;
  #transactions = 0;
  readonly #workPerCommitMs: number;

  /** `workPerCommitMs` is for tests that check the batching itself, not the machine's speed. */
  constructor(db: Kysely<Database>, { workPerCommitMs = WORK_PER_COMMIT_MS }: { workPerCommitMs?: number } = {}) {
    this.#db = db;
    this.#workPerCommitMs = workPerCommitMs;
  }

  /** Runs `change` in the next transaction; resolves with its value once that transaction committed. */
  run<T>(change: Change<T>): Promise<T> {
    return this.#enqueue((resolve, reject) => ({ change, resolve, reject }));
  }

  /**
   * Runs `work` between two transactions: the changes queued before it are committed first, and
   * those that arrive meanwhile wait until it ends. A restore swaps the database file there
   * (`useDatabase`), an import applies its change set on the writer's connection.
   */
  between<T>(work: () => Promise<T>): Promise<T> {
    return this.#enqueue((resolve, reject) => ({ between: work, resolve, reject }));
  }

  /** The writer from now on (a restore opened the file again); only from inside `between`. */
  useDatabase(db: Kysely<Database>): void {
    this.#db = db;
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

  #enqueue<T>(entry: (resolve: (value: unknown) => void, reject: (error: unknown) => void) => Pending | Between): Promise<T> {
    if (this.#closed) return Promise.reject(new Error('The database is closed'));
    return new Promise<T>((resolve, reject) => {
      this.#queue.push(entry(resolve as (value: unknown) => void, reject));
      if (!this.#running) {
        this.#running = true;
        // Let the changes that arrived in the same turn of the event loop join this transaction.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const next = this.#queue[0]!;
      if ('between' in next) {
        this.#queue.shift();
        const outcome = await settle(next.between);
        if (outcome.ok) next.resolve(outcome.value);
        else next.reject(outcome.error);
      } else await this.#commit();
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
    const alone = !isChange(this.#queue[1]);
    this.#transactions += 1;
    try {
      const trx = await this.#db.startTransaction().execute();
      try {
        do {
          const pending = this.#queue.shift() as Pending;
          batch.push(pending);
          outcomes.push(alone ? await settle(() => pending.change(trx)) : await inSavepoint(trx, `change_${batch.length}`, pending.change));
        } while (!alone && isChange(this.#queue[0]) && performance.now() - started < this.#workPerCommitMs);
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

function isChange(entry: Pending | Between | undefined): entry is Pending {
  return entry !== undefined && 'change' in entry;
}

/** Runs one change of a shared transaction; a failure undoes that change only. */
async function inSavepoint(trx: ControlledTransaction<Database>, name: string, change: Change<unknown>): Promise<Outcome> {
  const inside = await trx.savepoint(name).execute();
  const outcome = await settle(() => change(inside));
  if (outcome.ok) await inside.releaseSavepoint(name).execute();
  // A full disk can make SQLite end the whole transaction itself: it then fails whole, for that reason.
  else await inside.rollbackToSavepoint(name).execute().catch(() => Promise.reject(outcome.error));
  return outcome;
}

async function settle<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}
