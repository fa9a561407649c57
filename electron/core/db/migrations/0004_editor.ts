import type { Kysely } from 'kysely';

/** Listed here, not imported: a migration says what it did when it shipped, whatever comes later. */
const TABLES = ['workshops', 'groups', 'sessions', 'cards', 'custom_kinds', 'clusters', 'links', 'vote_rounds', 'votes', 'vote_voters', 'participants'];

/**
 * The board editor (issue #11): a revision on every row the renderer shows, so an answer or an
 * event about an older state never overwrites a newer one (see `db/revision.ts`); and indexes in
 * board order (position, then id) so a placement reads the cards it needs without sorting a
 * column (a group's, or the whole board's for the last card, where a new card goes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) {
    await db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
  await db.schema.createIndex('cards_in_column_order').on('cards').columns(['session_id', 'group_id', 'position', 'id']).execute();
  await db.schema.dropIndex('cards_by_column').execute();
  await db.schema.createIndex('cards_in_board_order').on('cards').columns(['session_id', 'position', 'id']).execute();
}
