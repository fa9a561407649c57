import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { constants, DatabaseSync } from 'node:sqlite';
import { AppError } from '#shared/errors.ts';
import { copySchema, copyWorkshopRows, tableShape, type TableShape } from './rows.ts';
import { TRANSFERRED_TABLES } from './tables.ts';

export interface MergeCounts {
  added: number;
  updated: number;
  conflicts: number;
  skipped: number;
}

/**
 * Merges an incoming workshop (a verified, up-to-date `.rembuk` file) into the live database, with
 * SQLite's session extension doing the change set:
 *
 * 1. a scratch database gets this laptop's rows of the workshop;
 * 2. a session records, on the scratch copy, the rule applied row by row against the incoming
 *    file: a row only there is added; a row on both sides keeps the side with the later
 *    `updated_at` (a row written once keeps this laptop's); a row deleted (`deleted_at`) on
 *    either side stays deleted;
 * 3. the recorded change set is applied to the live database in one go (`applyChangeset`), and
 *    any conflict aborts it whole.
 *
 * Runs synchronously on the live connection while the core lets no other call run, so the
 * scratch copy is exactly the live state the change set is applied to.
 */
export function mergeIntoLive(live: DatabaseSync, incomingFile: string, workshopId: string, dataDir: string): MergeCounts {
  const scratchFile = join(dataDir, `.merge-${randomUUID()}.sqlite`);
  const scratch = new DatabaseSync(scratchFile);
  try {
    // Foreign keys are checked where it counts: when the change set is applied to the live data.
    scratch.exec('PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF');
    scratch.exec('begin');
    copySchema(live, scratch);
    copyWorkshopRows(live, scratch, workshopId);
    scratch.exec('commit');
    scratch.exec(`attach database '${incomingFile.replaceAll("'", "''")}' as incoming`);
    const session = scratch.createSession({ db: 'main' });
    const counts: MergeCounts = { added: 0, updated: 0, conflicts: 0, skipped: 0 };
    scratch.exec('begin');
    for (const entry of TRANSFERRED_TABLES) mergeTable(scratch, entry.table, tableShape(scratch, entry.table), counts, entry.writtenOnce ?? false);
    scratch.exec('commit');
    const changeset = session.changeset();
    session.close();
    const applied = live.applyChangeset(changeset, {
      filter: (table) => TRANSFERRED_TABLES.some((t) => t.table === table),
      // The scratch copy mirrors the live rows, so any conflict means the incoming rows clash
      // with another workshop's (the same id): nothing is applied.
      onConflict: () => constants.SQLITE_CHANGESET_ABORT,
    });
    if (!applied) throw new AppError('transfer_clash', 'The change set clashed with rows of this laptop');
    return counts;
  } finally {
    scratch.close();
    rmSync(scratchFile, { force: true });
  }
}

function mergeTable(db: DatabaseSync, table: string, shape: TableShape, counts: MergeCounts, writtenOnce: boolean) {
  const { columns, primaryKey, hasDeletedAt } = shape;
  const key = primaryKey.map((c) => `i."${c}" = m."${c}"`).join(' and ');
  const differs = columns.map((c) => `i."${c}" is not m."${c}"`).join(' or ');
  const both = `from incoming."${table}" i join main."${table}" m on ${key}`;
  const count = (sql: string) => Number((db.prepare(sql).get() as { n: number }).n);

  counts.conflicts += count(`select count(*) as n ${both} where ${differs}`);
  const list = columns.map((c) => `"${c}"`).join(', ');
  const matchMain = primaryKey.map((c) => `i."${c}" = main."${table}"."${c}"`).join(' and ');

  // The later change wins (but a deletion here stays). A row written once has no later change.
  if (!writtenOnce) {
    const incomingValues = columns.map((c) => (c === 'deleted_at' ? `coalesce(i.deleted_at, main."${table}".deleted_at)` : `i."${c}"`));
    const newer = db.prepare(
      `update or ignore main."${table}" set (${list}) = (select ${incomingValues.join(', ')} from incoming."${table}" i where ${matchMain})
       where exists (select 1 from incoming."${table}" i where ${matchMain} and i.updated_at > main."${table}".updated_at and (${columns.map((c) => `i."${c}" is not main."${table}"."${c}"`).join(' or ')}))`,
    );
    counts.updated += Number(newer.run().changes);
  }

  // A deletion on the other laptop stays, even over a later edit here.
  if (hasDeletedAt) {
    const deleted = db.prepare(
      `update or ignore main."${table}" set deleted_at = (select i.deleted_at from incoming."${table}" i where ${matchMain})
       where deleted_at is null and exists (select 1 from incoming."${table}" i where ${matchMain} and i.deleted_at is not null)`,
    );
    counts.updated += Number(deleted.run().changes);
  }

  // Rows only the other laptop has.
  const missing = count(`select count(*) as n from incoming."${table}" i where not exists (select 1 from main."${table}" m where ${key})`);
  const added = Number(
    db.prepare(`insert or ignore into main."${table}" (${list}) select ${list} from incoming."${table}" i where not exists (select 1 from main."${table}" m where ${key})`).run()
      .changes,
  );
  counts.added += added;
  counts.skipped += missing - added;
}
