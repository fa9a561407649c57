import type { SQLInputValue } from 'node:sqlite';
import { DummyDriver, Kysely, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type Compilable } from 'kysely';
import { RevisionPlugin } from './revision.ts';
import type { Database } from './schema.ts';
import { rowsOf, toRow, type PreparedStatement } from './sqlite-adapter.ts';

/**
 * The queries of the hot paths (a card typed, a card dropped), built with Kysely once at start-up
 * and then run straight on node:sqlite as prepared statements: no building, compiling or async
 * hops per call. Inside `write()` they run in its transaction (one connection, so one transaction).
 *
 *   const lastCard = compile<{ sessionId: string }>()((db, p) =>
 *     db.selectFrom('cards').select('position').where('session_id', '=', p.sessionId).orderBy('position', 'desc').limit(1));
 *   ctx.sql.get(lastCard, { sessionId })
 */
const builder = new Kysely<Database>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
  plugins: [new RevisionPlugin()],
});

const MARK = '\u0000param:';

export interface CompiledStatement<P, R> {
  readonly sql: string;
  /** Each parameter: a name of `P`, or a value fixed when the query was built. */
  readonly parameters: ReadonlyArray<{ name: keyof P & string } | { value: unknown }>;
  /** Carries the row type for the compiler. */
  readonly row?: R;
}

/** `compile<Params>()((db, p) => query)`: `p.name` stands for a parameter given at run time. */
export function compile<P extends Record<string, SQLInputValue>>() {
  return <R>(build: (db: Kysely<Database>, p: P) => Compilable<R>): CompiledStatement<P, R> => {
    const marks = new Proxy({}, { get: (_target, name) => `${MARK}${String(name)}` }) as P;
    const { sql, parameters } = build(builder, marks).compile();
    return {
      sql,
      parameters: parameters.map((value) =>
        typeof value === 'string' && value.startsWith(MARK) ? { name: value.slice(MARK.length) as keyof P & string } : { value },
      ),
    };
  };
}

/** Runs compiled statements on the core's one connection, sharing Kysely's prepared statements and their plain rows. */
export class SqlRunner {
  readonly #prepared: (sql: string) => PreparedStatement;

  constructor(prepared: (sql: string) => PreparedStatement) {
    this.#prepared = prepared;
  }

  all<P, R>(query: CompiledStatement<P, R>, params: P): R[] {
    const { statement, columns } = this.#prepared(query.sql);
    return rowsOf(statement.all(...bind(query, params)), columns) as R[];
  }

  get<P, R>(query: CompiledStatement<P, R>, params: P): R | undefined {
    const { statement, columns } = this.#prepared(query.sql);
    const values = statement.get(...bind(query, params)) as unknown as unknown[] | undefined;
    return values && (toRow(columns, values) as R);
  }

  /** The first row, in the query's order, that `accept` takes; reads no further than that. */
  first<P, R>(query: CompiledStatement<P, R>, params: P, accept: (row: R) => boolean): R | undefined {
    const { statement, columns } = this.#prepared(query.sql);
    for (const values of statement.iterate(...bind(query, params)) as unknown as Iterable<unknown[]>) {
      const row = toRow(columns, values) as R;
      if (accept(row)) return row;
    }
    return undefined;
  }

  run<P>(query: CompiledStatement<P, unknown>, params: P): void {
    this.#prepared(query.sql).statement.run(...bind(query, params));
  }
}

function bind<P>(query: CompiledStatement<P, unknown>, params: P): SQLInputValue[] {
  return query.parameters.map((p) => ('name' in p ? params[p.name] : p.value) as SQLInputValue);
}
