import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Presents Node's built-in `node:sqlite` as the better-sqlite3-shaped object that Kysely's
 * SqliteDialect drives. A statement is a "reader" when it returns columns: SELECT, and
 * INSERT/UPDATE ... RETURNING alike.
 */
export function toKyselyDatabase(database: DatabaseSync): SqliteDatabase {
  return {
    close: () => database.close(),
    prepare(sql: string): SqliteStatement {
      // SQLite ends a transaction itself when a write fails with a full disk; Kysely's ROLLBACK
      // would then fail ("no transaction is active") and hide the real error (disk_full).
      if (/^\s*rollback\s*;?\s*$/i.test(sql)) return rollbackIfOpen(database);
      const statement = database.prepare(sql);
      const params = (parameters: ReadonlyArray<unknown>) => parameters as SQLInputValue[];
      return {
        reader: statement.columns().length > 0,
        all: (parameters) => statement.all(...params(parameters)),
        run: (parameters) => statement.run(...params(parameters)),
        iterate: (parameters) => statement.iterate(...params(parameters)),
      };
    },
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
