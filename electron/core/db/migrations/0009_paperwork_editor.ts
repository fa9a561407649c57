import type { Kysely } from 'kysely';

/**
 * The paperwork on the board editor (issue #11's design, for issue #14's pages): a revision on
 * what the renderer shows of it (photos, minutes, certificate settings, and each workshop's awards
 * book as one), so an older answer or event never overwrites a newer state; and a soft deletion
 * for what a facilitator may delete and take back with "Urungkan" (a photo, an award category, a
 * criterion left out of a category, a juror), so an undo brings the row back as it was, with its
 * image or its scores, instead of making it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['photos', 'session_minutes', 'certificate_settings']) {
    await db.schema
      .alterTable(table)
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
  }
  for (const table of ['photos', 'award_categories', 'award_criteria', 'award_jurors']) {
    await db.schema.alterTable(table).addColumn('deleted_at', 'text').execute();
  }
  // The awards book of a workshop (categories, criteria, jurors, scores) changes as one: every
  // change of it bumps this one revision.
  await db.schema
    .createTable('award_books')
    .addColumn('workshop_id', 'text', (c) => c.primaryKey().references('workshops.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
