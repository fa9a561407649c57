import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Presents Node's built-in `node:sqlite` as the better-sqlite3-shaped object that Kysely's
 * SqliteDialect drives. A statement is a "reader" when it returns columns: SELECT, and
 * INSERT/UPDATE ... RETURNING alike. Statements are prepared once per SQL text and kept
 * (`preparedStatements`): preparing is most of what a small query costs.
 */
export function toKyselyDatabase(database: DatabaseSync, prepared = preparedStatements(database)): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      // SQLite ends a transaction itself when a write fails with a full disk; Kysely's ROLLBACK
      // would then fail ("no transaction is active") and hide the real error (disk_full).
      if (/^\s*rollback\s*;?\s*$/i.test(sql)) return rollbackIfOpen(database);
      const { statement, reader, columns } = prepared(sql);
      const params = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
      return {
        reader,
        all: (parameters) => rowsOf(statement.all(...params(parameters)), columns),
        run: (parameters) => statement.run(...params(parameters)),
        *iterate(parameters) {
          for (const values of statement.iterate(...params(parameters))) yield toRow(columns, values as unknown as unknown[]);
        },
      };
    },
  };
}

export interface PreparedStatement {
  statement: StatementSync;
  reader: boolean;
  /** The names of the columns it returns, in order: its rows come as arrays (see `toRow`). */
  columns: string[];
}

/** One prepared statement per SQL text of a database, made on first use. */
export function preparedStatements(database: DatabaseSync): (sql: string) => PreparedStatement {
  const cache = new Map<string, PreparedStatement>();
  return (sql) => {
    let found = cache.get(sql);
    if (!found) {
      const statement = database.prepare(sql);
      const columns = statement.columns().map((column) => column.name);
      if (columns.length > 0) statement.setReturnArrays(true);
      found = { statement, reader: columns.length > 0, columns };
      cache.set(sql, found);
    }
    return found;
  };
}

/**
 * A row as a plain object, its columns added in one order so every row of a statement shares one
 * fast shape. The row objects node:sqlite makes itself have a null prototype, which V8 keeps as
 * slow dictionaries: a report reading 1,000 cards blocked the core's thread ~20 % longer with
 * them, and a lone card created took ~6 µs more to build and read back.
 */
export function toRow(columns: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i];
  return row;
}

/** Every row of a statement's answer (arrays, see `preparedStatements`) as plain objects. */
export function rowsOf(arrays: unknown, columns: readonly string[]): Array<Record<string, unknown>> {
  return (arrays as unknown[][]).map((values) => toRow(columns, values));
}

function rollbackIfOpen(database: DatabaseSync): SqliteStatement {
  return {
    reader: false,
    all: () => [],
    run: () => (database.isTransaction ? database.prepare('rollback').run() : { changes: 0, lastInsertRowid: 0 }),
    iterate: () => [][Symbol.iterator](),
  };
}
