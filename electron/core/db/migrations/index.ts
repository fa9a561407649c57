import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';
import * as init from './0001_init.ts';
import * as setup from './0002_setup.ts';
import * as board from './0003_board.ts';
import * as editor from './0004_editor.ts';
import * as room from './0005_room.ts';
import * as phones from './0006_phones.ts';
import * as paperwork from './0007_paperwork.ts';
import * as paperworkEditor from './0009_paperwork_editor.ts';
import * as safety from './0010_safety.ts';

/**
 * Every migration, registered in code (no folder scan, so a bundled app finds them all).
 * Append new ones with the next number; never edit one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_setup': setup,
  '0003_board': board,
  '0004_editor': editor,
  '0005_room': room,
  '0006_phones': phones,
  '0007_paperwork': paperwork,
  '0009_paperwork_editor': paperworkEditor,
  '0010_safety': safety,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Brings the database to the newest schema, or to `target` (a migration name) in tests. */
export async function migrate(db: Kysely<unknown>, target?: string): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}
