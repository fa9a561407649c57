import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { onTestFinished } from 'vitest';
import { migrate, migrations } from '../../../electron/core/db/migrations/index.ts';
import { toKyselyDatabase } from '../../../electron/core/db/sqlite-adapter.ts';
import { tempDataDir } from './core.ts';

/**
 * A database on a real file, migrated exactly up to the migration `name` (nothing for `null`):
 * a migration's test starts from the schema just before it, seeds old-shaped rows, and then runs
 * only itself (`migrateTo(name)`), so it tests what it changes and not what came later.
 */
export async function databaseAt(name: string | null) {
  if (name !== null && !(name in migrations)) throw new Error(`no migration ${name}`);
  const raw = new DatabaseSync(join(tempDataDir(), 'm.sqlite'));
  raw.exec('PRAGMA foreign_keys = ON');
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: toKyselyDatabase(raw) }) });
  onTestFinished(() => db.destroy());
  if (name !== null) await migrate(db, name);
  return { raw, db, migrateTo: (target: string) => migrate(db, target) };
}
