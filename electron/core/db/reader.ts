import { DatabaseSync } from 'node:sqlite';

/**
 * The read connection. In WAL mode it reads the last committed state while the writer is in
 * the middle of a transaction, so a board that loads during a burst of phone writes does not
 * queue behind them. `query_only` makes any write through it fail loudly.
 */
export function openReader(file: string): DatabaseSync {
  const raw = new DatabaseSync(file, { timeout: 5000 });
  raw.exec('PRAGMA query_only = ON');
  raw.exec('PRAGMA foreign_keys = ON');
  return raw;
}
