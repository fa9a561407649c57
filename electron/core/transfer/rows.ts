import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { TRANSFERRED_TABLES, workshopRows } from './tables.ts';

export interface TableShape {
  columns: string[];
  primaryKey: string[];
  hasDeletedAt: boolean;
}

/** A table's columns and primary key, as the database itself says (so new columns travel too). */
export function tableShape(db: DatabaseSync, table: string, schema = 'main'): TableShape {
  const info = db.prepare(`select name, pk from pragma_table_info(?, ?)`).all(table, schema) as Array<{ name: string; pk: number }>;
  const columns = info.map((c) => c.name);
  const primaryKey = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  return { columns, primaryKey, hasDeletedAt: columns.includes('deleted_at') };
}

/**
 * Creates, in an empty database, the registered tables (and their indexes) exactly as `source`
 * has them, with its migration record: the same schema version.
 */
export function copySchema(source: DatabaseSync, target: DatabaseSync): void {
  const names = [...TRANSFERRED_TABLES.map((t) => t.table), 'kysely_migration'];
  const statements = source
    .prepare(`select type, sql from sqlite_schema where tbl_name in (${names.map(() => '?').join(', ')}) and sql is not null order by type = 'index', rowid`)
    .all(...names) as Array<{ sql: string }>;
  for (const { sql } of statements) target.exec(sql);
  const migrations = source.prepare('select name, timestamp from kysely_migration').all() as Array<{ name: string; timestamp: string }>;
  const insert = target.prepare('insert into kysely_migration (name, timestamp) values (?, ?)');
  for (const m of migrations) insert.run(m.name, m.timestamp);
}

/** Copies one workshop's rows of every registered table; returns how many per table. */
export function copyWorkshopRows(source: DatabaseSync, target: DatabaseSync, workshopId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of TRANSFERRED_TABLES) {
    const { columns } = tableShape(source, entry.table);
    const list = columns.map((c) => `"${c}"`).join(', ');
    const insert = target.prepare(`insert into "${entry.table}" (${list}) values (${columns.map(() => '?').join(', ')})`);
    const select = source.prepare(`select ${list} from "${entry.table}" where ${workshopRows(entry)}`);
    select.setReturnArrays(true);
    let count = 0;
    for (const row of select.iterate({ workshop: workshopId }) as Iterable<SQLInputValue[]>) {
      insert.run(...row);
      count++;
    }
    counts[entry.table] = count;
  }
  return counts;
}
