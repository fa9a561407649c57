import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept prepared; the app's queries are far fewer, so the cache never churns in use. */
const STATEMENTS_KEPT = 1000;

/**
 * Presents Node's built-in `node:sqlite` as the better-sqlite3-shaped object that Kysely's
 * SqliteDialect drives. A statement is a "reader" when it returns columns: SELECT, and
 * INSERT/UPDATE ... RETURNING alike. Each SQL text is prepared once and kept: preparing was a
 * fifth of the time of a card written from a phone.
 */
export function toKyselyDatabase(database: DatabaseSync): SqliteDatabase {
  const prepared = new Map<string, { statement: StatementSync; reader: boolean }>();
  return {
    close: () => {
      prepared.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      let entry = prepared.get(sql);
      if (!entry) {
        const statement = database.prepare(sql);
        entry = { statement, reader: statement.columns().length > 0 };
        if (prepared.size >= STATEMENTS_KEPT) prepared.clear();
        prepared.set(sql, entry);
      }
      const { statement, reader } = entry;
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
