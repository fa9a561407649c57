import type { DatabaseSync } from 'node:sqlite';
import { DefaultQueryExecutor, SqliteDialect, Transaction, type ConnectionProvider, type DatabaseConnection, type KyselyPlugin, type SqliteDatabase } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Kysely on the writer's connection, typed as the `Transaction` each change of the group commit
 * is handed. The group commit begins and ends that transaction itself, straight on node:sqlite:
 * a Kysely controlled transaction (connection mutex, new executor and transaction objects,
 * several async hops) cost a lone card ~25 µs more than the BEGIN and COMMIT it sends. Made once
 * per connection; a query is refused while no transaction is open, as Kysely refuses one on a
 * transaction already committed (a change that left a query unawaited).
 */
export async function transactionOn(raw: DatabaseSync, database: SqliteDatabase, plugins: KyselyPlugin[]): Promise<Transaction<Database>> {
  const dialect = new SqliteDialect({ database });
  const driver = dialect.createDriver();
  await driver.init();
  const connection = await driver.acquireConnection();
  const inTransaction: ConnectionProvider = {
    async provideConnection<T>(consumer: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
      if (!raw.isTransaction) throw new Error('No transaction is open: a change used its transaction after it ended');
      return consumer(connection);
    },
  };
  const executor = new DefaultQueryExecutor(dialect.createQueryCompiler(), dialect.createAdapter(), inTransaction, plugins);
  return new Transaction<Database>({ config: { dialect, plugins }, driver, dialect, executor });
}
