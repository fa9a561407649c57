import { readFileSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { APP_VERSION } from '../app-version.ts';
import { rowsChecksum } from './checksum.ts';
import { FORMAT, writeManifest } from './manifest.ts';
import { copySchema, copyWorkshopRows } from './rows.ts';
import { TRANSFERRED_TABLES } from './tables.ts';

/**
 * Writes one workshop as a `.rembuk` file at `target` and returns its bytes: the registered
 * tables in this build's schema, that workshop's rows only, and a manifest with row counts and
 * a SHA-256 of the rows. Reads the live connection synchronously (the core runs it alone).
 */
export function exportWorkshop(live: DatabaseSync, workshop: { id: string; title: string }, target: string, exportedAt: string): Uint8Array {
  rmSync(target, { force: true });
  const out = new DatabaseSync(target);
  try {
    out.exec('PRAGMA journal_mode = DELETE');
    out.exec('begin');
    copySchema(live, out);
    const rowCounts = copyWorkshopRows(live, out, workshop.id);
    const migrations = (out.prepare('select name from kysely_migration order by name').all() as Array<{ name: string }>).map((m) => m.name);
    writeManifest(out, {
      format: FORMAT,
      formatVersion: 1,
      appVersion: APP_VERSION,
      schemaVersion: migrations.at(-1) ?? '',
      migrations,
      exportedAt,
      workshopId: workshop.id,
      workshopTitle: workshop.title,
      rowCounts,
      sha256: rowsChecksum(out, TRANSFERRED_TABLES.map((t) => t.table)),
    });
    out.exec('commit');
  } finally {
    out.close();
  }
  return readFileSync(target);
}
