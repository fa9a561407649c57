import { sql, type Kysely } from 'kysely';

/**
 * Data safety (issue #10): merging a workshop from another laptop keeps, for each row, the side
 * changed last (`updated_at`). Links and attendance had no such column; they get one, filled from
 * what each row already tells (a link's removal or creation, a check-in's time).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('links').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update links set updated_at = coalesce(deleted_at, created_at)`.execute(db);
  await db.schema.alterTable('attendance').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update attendance set updated_at = checked_in_at`.execute(db);
}
