import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Presents Node's built-in `node:sqlite` as the better-sqlite3-shaped object that Kysely's
 * SqliteDialect drives. A statement is a "reader" when it returns columns: SELECT, and
 * INSERT/UPDATE ... RETURNING alike. Statements are prepared once per SQL text and kept
 * (`preparedStatements`): preparing is most of what a small query costs.
 */
export function toKyselyDatabase(database: DatabaseSync): SqliteDatabase {
  const prepared = preparedStatements(database);
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      // SQLite ends a transaction itself when a write fails with a full disk; Kysely's ROLLBACK
      // would then fail ("no transaction is active") and hide the real error (disk_full).
      if (/^\s*rollback\s*;?\s*$/i.test(sql)) return rollbackIfOpen(database);
      const { statement, reader } = prepared(sql);
      const params = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
      return {
        reader,
        all: (parameters) => statement.all(...params(parameters)),
        run: (parameters) => statement.run(...params(parameters)),
        iterate: (parameters) => statement.iterate(...params(parameters)),
      };
    },
  };
}

interface PreparedStatement {
  statement: StatementSync;
  reader: boolean;
}

/** One prepared statement per SQL text of a database, made on first use. */
function preparedStatements(database: DatabaseSync): (sql: string) => PreparedStatement {
  const cache = new Map<string, PreparedStatement>();
  return (sql) => {
    let found = cache.get(sql);
    if (!found) {
      const statement = database.prepare(sql);
      found = { statement, reader: statement.columns().length > 0 };
      cache.set(sql, found);
    }
    return found;
  };
}

function rollbackIfOpen(database: DatabaseSync): SqliteStatement {
  return {
    reader: false,
    all: () => [],
    run: () => (database.isTransaction ? database.prepare('rollback').run() : { changes: 0, lastInsertRowid: 0 }),
    iterate: () => [][Symbol.iterator](),
  };
}
