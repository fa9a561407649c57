import type { DatabaseSync } from 'node:sqlite';
import { GroupCommit } from './group-commit.ts';
import { openDatabase, type OpenedDatabase } from './open.ts';

/**
 * The database the core runs on: its writer (behind group commit) and its reader, and the one way
 * to put another file in their place while the core runs (a restore). Whatever touches the writer
 * outside a change (a change set, a file swap) does it between two transactions of the group
 * commit, so it never races the changes queued by the board or the phones.
 */
export class LiveDatabase {
  readonly file: string;
  readonly commits: GroupCommit;
  #opened: OpenedDatabase | null;
  readonly #onReopen: (opened: OpenedDatabase) => void;

  /** `onReopen` hands a database opened again to whoever reads it (the handlers' context). */
  constructor(opened: OpenedDatabase, onReopen: (opened: OpenedDatabase) => void) {
    this.file = opened.file;
    this.#opened = opened;
    this.#onReopen = onReopen;
    this.commits = new GroupCommit(opened);
  }

  /** The writer's node:sqlite connection, or null while a restore has the file closed. */
  get writer(): DatabaseSync | null {
    return this.#opened?.raw ?? null;
  }

  /** Runs `work` on the writer's connection with no transaction open and no change running. */
  alone<T>(work: (writer: DatabaseSync) => T | Promise<T>): Promise<T> {
    return this.commits.between(async () => work(this.#mustBeOpen().raw));
  }

  /**
   * Runs `work` between two transactions, with `reopenAfter` to close both connections, let
   * `install` put a file in place of the data file, and open it again.
   */
  between<T>(work: (reopenAfter: (install: () => void) => Promise<void>) => Promise<T>): Promise<T> {
    return this.commits.between(() => work((install) => this.#reopenAfter(install)));
  }

  /** Commits what is queued, then closes both connections. */
  async close(): Promise<void> {
    await this.commits.close();
    await this.#opened?.close();
    this.#opened = null;
  }

  async #reopenAfter(install: () => void): Promise<void> {
    await this.#opened?.close();
    this.#opened = null;
    install();
    const opened = await openDatabase(this.file);
    this.#opened = opened;
    this.commits.useDatabase(opened);
    this.#onReopen(opened);
  }

  #mustBeOpen(): OpenedDatabase {
    if (!this.#opened) throw new Error('The database is closed');
    return this.#opened;
  }
}
