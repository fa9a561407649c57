import { sql, type Kysely } from 'kysely';

/**
 * The real room (issue #12):
 * - a deleted group is kept (`deleted_at`), so its votes stay in closed votes and it can come
 *   back; `group_removals` remembers where its cards and participants were, to put them back;
 * - `import_choices` remembers what the facilitator said a sign-in list's group and role texts
 *   mean, per workshop, so the next import of a list needs no mapping.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('groups').addColumn('deleted_at', 'text').execute();

  await db.schema
    .createTable('group_removals')
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    /** A card's order key in the group when the group was deleted; null for a participant. */
    .addColumn('position', 'text')
    .addPrimaryKeyConstraint('group_removals_pk', ['group_id', 'item_type', 'item_id'])
    .addCheckConstraint('group_removals_item_type', sql`item_type in ('card', 'participant')`)
    .execute();

  await db.schema
    .createTable('import_choices')
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('text_key', 'text', (c) => c.notNull())
    /** A group id or a role; null: the text means "no group". */
    .addColumn('value', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_choices_pk', ['workshop_id', 'field', 'text_key'])
    .addCheckConstraint('import_choices_field', sql`field in ('group', 'role')`)
    .execute();
}
