import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Transaction } from 'kysely';
import type { OpenedDatabase } from './open.ts';
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

/** The writer as group commit drives it: transactions begin and end on `raw`, changes get `inTransaction`. */
export type Writer = Pick<OpenedDatabase, 'raw' | 'inTransaction'>;

/**
 * Group commit: the changes that arrive while a commit is under way are run together in the
 * next transaction, each inside its own savepoint, and committed (one fsync, synchronous=FULL
 * kept) before any of their callers is answered. A change that fails rolls back to its
 * savepoint and fails alone; a commit that fails fails every change in it. With one writer at a
 * time (the facilitator alone) every change still gets its own transaction at once.
 * BEGIN, COMMIT and the savepoints run as statements prepared once on node:sqlite, not through
 * Kysely (`in-transaction.ts` says what that saves).
 */
export class GroupCommit {
  #writer: Writer;
  #control: TransactionControl;
  #queue: Array<Pending | Between> = [];
  #running = false;
  #closed = false;
  #transactions = 0;
  readonly #workPerCommitMs: number;

  /** `workPerCommitMs` is for tests that check the batching itself, not the machine's speed. */
  constructor(writer: Writer, { workPerCommitMs = WORK_PER_COMMIT_MS }: { workPerCommitMs?: number } = {}) {
    this.#writer = writer;
    this.#control = new TransactionControl(writer.raw);
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
  useDatabase(writer: Writer): void {
    this.#writer = writer;
    this.#control = new TransactionControl(writer.raw);
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
    const { inTransaction } = this.#writer;
    const control = this.#control;
    // A change alone needs no savepoint: the transaction is its own, rolled back if it fails.
    const alone = !isChange(this.#queue[1]);
    this.#transactions += 1;
    try {
      control.begin();
      try {
        do {
          const pending = this.#queue.shift() as Pending;
          batch.push(pending);
          outcomes.push(alone ? await settle(() => pending.change(inTransaction)) : await inSavepoint(control, inTransaction, pending.change));
        } while (!alone && isChange(this.#queue[0]) && performance.now() - started < this.#workPerCommitMs);
        if (alone && !outcomes[0]!.ok) control.rollback();
        else control.commit();
      } catch (error) {
        try {
          control.rollback();
        } catch {
          // The first failure is the one to report.
        }
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

/** The transaction statements of one connection, prepared once. */
class TransactionControl {
  readonly #raw: DatabaseSync;
  readonly #begin: StatementSync;
  readonly #commit: StatementSync;
  readonly #rollback: StatementSync;
  readonly #savepoint: StatementSync;
  readonly #release: StatementSync;
  readonly #rollbackToSavepoint: StatementSync;

  constructor(raw: DatabaseSync) {
    this.#raw = raw;
    this.#begin = raw.prepare('begin');
    this.#commit = raw.prepare('commit');
    this.#rollback = raw.prepare('rollback');
    // One change at a time runs in the savepoint, released (or rolled back and released) before the next.
    this.#savepoint = raw.prepare('savepoint change');
    this.#release = raw.prepare('release change');
    this.#rollbackToSavepoint = raw.prepare('rollback to change');
  }

  begin(): void {
    this.#begin.run();
  }

  commit(): void {
    this.#commit.run();
  }

  /** SQLite may have ended the transaction itself (a write failed on a full disk): then there is nothing to undo. */
  rollback(): void {
    if (this.#raw.isTransaction) this.#rollback.run();
  }

  savepoint(): void {
    this.#savepoint.run();
  }

  release(): void {
    this.#release.run();
  }

  rollbackToSavepoint(): void {
    this.#rollbackToSavepoint.run();
    this.#release.run();
  }
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function isChange(entry: Pending | Between | undefined): entry is Pending {
  return entry !== undefined && 'change' in entry;
}

/** Runs one change of a shared transaction; a failure undoes that change only. */
async function inSavepoint(control: TransactionControl, inTransaction: Transaction<Database>, change: Change<unknown>): Promise<Outcome> {
  control.savepoint();
  const outcome = await settle(() => change(inTransaction));
  if (outcome.ok) control.release();
  else {
    try {
      control.rollbackToSavepoint();
    } catch {
      // A full disk can make SQLite end the whole transaction itself: it then fails whole, for that reason.
      throw outcome.error;
    }
  }
  return outcome;
}

async function settle<T>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error };
  }
}
