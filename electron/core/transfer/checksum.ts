import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { tableShape } from './rows.ts';

/**
 * SHA-256 over the rows of the given tables, in a fixed order (tables as given, rows by primary
 * key, columns by name), so the same rows always give the same sum whatever the file's layout.
 */
export function rowsChecksum(db: DatabaseSync, tables: readonly string[]): string {
  const hash = createHash('sha256');
  for (const table of tables) {
    const { columns, primaryKey } = tableShape(db, table);
    const sorted = [...columns].sort();
    const order = (primaryKey.length ? primaryKey : ['rowid']).map((c) => `"${c}"`).join(', ');
    const select = db.prepare(`select ${sorted.map((c) => `"${c}"`).join(', ')} from "${table}" order by ${order}`);
    select.setReturnArrays(true);
    hash.update(JSON.stringify([table, sorted]));
    for (const row of select.iterate() as Iterable<unknown[]>) hash.update(`\n${JSON.stringify(row.map(canonical))}`);
    hash.update('\n');
  }
  return hash.digest('hex');
}

function canonical(value: unknown): unknown {
  if (value instanceof Uint8Array) return { blob: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return value.toString();
  return value;
}
