import { backup, DatabaseSync } from 'node:sqlite';
import { statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { isDiskFull } from '../db/sqlite-errors.ts';

/**
 * The backup worker: copies the live database with SQLite's online backup through its own
 * read-only connection (a WAL reader never holds up the core's writes), then checks the copy
 * (`quick_check`) and counts what is in it. One copy per worker; built as its own entry.
 */
export interface CopyRequest {
  source: string;
  target: string;
}

export type CopyAnswer =
  | { ok: true; bytes: number; workshops: number; cards: number }
  | { ok: false; diskFull: boolean; message: string };

/** All pages in one step: one read transaction, so the copy is one consistent moment. */
const ALL_PAGES = 2 ** 30;

parentPort?.once('message', async (request: CopyRequest) => {
  parentPort?.postMessage(await copyDatabase(request));
});

export async function copyDatabase({ source, target }: CopyRequest): Promise<CopyAnswer> {
  try {
    const live = new DatabaseSync(source, { readOnly: true, timeout: 5000 });
    try {
      await backup(live, target, { rate: ALL_PAGES });
    } finally {
      live.close();
    }
    const copy = new DatabaseSync(target, { timeout: 5000 });
    try {
      // A copy is one self-contained file: no write-ahead log beside it.
      copy.exec('PRAGMA journal_mode = DELETE');
      const check = copy.prepare('PRAGMA quick_check(1)').get() as { quick_check?: string } | undefined;
      if (check?.quick_check !== 'ok') return { ok: false, diskFull: false, message: `quick_check: ${String(check?.quick_check)}` };
      return { ok: true, bytes: statSync(target).size, workshops: count(copy, 'select count(*) as n from workshops'), cards: count(copy, 'select count(*) as n from cards where deleted_at is null') };
    } finally {
      copy.close();
    }
  } catch (error) {
    return { ok: false, diskFull: isDiskFull(error), message: error instanceof Error ? error.message : String(error) };
  }
}

/** A count, or 0 when the table does not exist yet (a database made moments ago). */
function count(db: DatabaseSync, sql: string): number {
  try {
    return Number((db.prepare(sql).get() as { n: number }).n);
  } catch {
    return 0;
  }
}
