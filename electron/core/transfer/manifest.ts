import type { DatabaseSync } from 'node:sqlite';

export const MANIFEST_TABLE = 'rembuk_manifest';
export const FORMAT = 'rembuk-workshop';

/** What a `.rembuk` says about itself, kept as key/value rows inside the file. */
export interface Manifest {
  format: typeof FORMAT;
  formatVersion: 1;
  appVersion: string;
  /** The newest migration of the schema the rows are in, and every migration applied. */
  schemaVersion: string;
  migrations: string[];
  exportedAt: string;
  workshopId: string;
  workshopTitle: string;
  rowCounts: Record<string, number>;
  /** SHA-256 of the rows (checksum.ts), to tell a file damaged or changed on the way. */
  sha256: string;
}

export function writeManifest(db: DatabaseSync, manifest: Manifest): void {
  db.exec(`create table ${MANIFEST_TABLE} (key text primary key, value text not null)`);
  const insert = db.prepare(`insert into ${MANIFEST_TABLE} (key, value) values (?, ?)`);
  for (const [key, value] of Object.entries(manifest)) insert.run(key, JSON.stringify(value));
}

/** The manifest, or null when the file has none or not a whole one (not a `.rembuk`). */
export function readManifest(db: DatabaseSync): Manifest | null {
  let rows: Array<{ key: string; value: string }>;
  try {
    rows = db.prepare(`select key, value from ${MANIFEST_TABLE}`).all() as typeof rows;
  } catch {
    return null;
  }
  try {
    const m = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown])) as Partial<Manifest>;
    const whole =
      m.format === FORMAT &&
      typeof m.workshopId === 'string' &&
      typeof m.workshopTitle === 'string' &&
      typeof m.sha256 === 'string' &&
      typeof m.schemaVersion === 'string' &&
      Array.isArray(m.migrations) &&
      typeof m.rowCounts === 'object' &&
      m.rowCounts !== null;
    return whole ? (m as Manifest) : null;
  } catch {
    return null;
  }
}
