import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_TRANSFERRED, TRANSFERRED_TABLES, workshopRows } from '../../../electron/core/transfer/tables.ts';
import { tableShape } from '../../../electron/core/transfer/rows.ts';
import { openTestCore, tempDataDir } from '../helpers/core.ts';

/** Every table of the newest schema, as SQLite lists it. */
async function schemaTables() {
  const dir = tempDataDir();
  const core = await openTestCore(dir);
  await core.close();
  const db = new DatabaseSync(join(dir, 'rembuk.sqlite'), { readOnly: true });
  const tables = (db.prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name`).all() as Array<{ name: string }>).map((t) => t.name);
  return { db, tables };
}

describe('the .rembuk table registry', () => {
  it('knows every table of the schema: carried in a .rembuk, or listed with the reason it is not', async () => {
    const { db, tables } = await schemaTables();
    const registered = new Set([...TRANSFERRED_TABLES.map((t) => t.table), ...Object.keys(NOT_TRANSFERRED)]);
    // A table added by a migration fails here until electron/core/transfer/tables.ts names it.
    expect(tables.filter((t) => !registered.has(t))).toEqual([]);
    expect([...registered].filter((t) => !tables.includes(t))).toEqual([]);
    db.close();
  });

  it('can merge every carried table: a primary key, an updated_at, and a way to its workshop', async () => {
    const { db } = await schemaTables();
    for (const entry of TRANSFERRED_TABLES) {
      const shape = tableShape(db, entry.table);
      expect(shape.primaryKey, `${entry.table} has a primary key`).not.toEqual([]);
      if (!entry.writtenOnce) expect(shape.columns, `${entry.table} has updated_at`).toContain('updated_at');
      expect(() => db.prepare(`select count(*) from "${entry.table}" where ${workshopRows(entry)}`).get({ workshop: 'w' })).not.toThrow();
    }
    db.close();
  });

  it('lists parents before their children', () => {
    const order = TRANSFERRED_TABLES.map((t) => t.table);
    for (const entry of TRANSFERRED_TABLES) {
      if ('parent' in entry) expect(order.indexOf(entry.parent.table)).toBeLessThan(order.indexOf(entry.table));
    }
  });

  it('lists every table after the carried tables its foreign keys point to (rows are copied in order)', async () => {
    const { db } = await schemaTables();
    const order = TRANSFERRED_TABLES.map((t) => t.table);
    for (const table of order) {
      const targets = (db.prepare('select "table" as target from pragma_foreign_key_list(?)').all(table) as Array<{ target: string }>).map((fk) => fk.target);
      for (const target of targets.filter((t) => t !== table && order.includes(t))) {
        expect(order.indexOf(target), `${table} after ${target}`).toBeLessThan(order.indexOf(table));
      }
    }
    db.close();
  });
});
