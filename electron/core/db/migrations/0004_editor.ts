import type { Kysely } from 'kysely';

/** Listed here, not imported: a migration says what it did when it shipped, whatever comes later. */
const TABLES = ['workshops', 'groups', 'sessions', 'cards', 'custom_kinds', 'clusters', 'links', 'vote_rounds', 'votes', 'vote_voters', 'participants'];

/**
 * The board editor (issue #11): a revision on every row the renderer shows, so an answer or an
 * event about an older state never overwrites a newer one (see `db/revision.ts`); and the index
 * that finds the last card of a board, where a new card goes, without reading the whole board.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
  await db.schema.createIndex('cards_by_session_position').on('cards').columns(['session_id', 'position']).execute();
}
