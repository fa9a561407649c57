import { sql, type Kysely } from 'kysely';

/**
 * Data safety (issue #10): merging a workshop from another laptop keeps, for each row, the side
 * changed last (`updated_at`). Links, attendance, certificate numbers, award criteria and jurors
 * had no such column; they get one, filled from what each row already tells (a link's removal or
 * creation, a check-in's or a number's time, the award category's or the workshop's last change).
 * Numbered after main's 0009 (written meanwhile): migrations run in name order, so a database
 * main's build already took to 0009 still takes this one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('links').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update links set updated_at = coalesce(deleted_at, created_at)`.execute(db);
  await db.schema.alterTable('attendance').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update attendance set updated_at = checked_in_at`.execute(db);
  await db.schema.alterTable('certificate_serials').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update certificate_serials set updated_at = issued_at`.execute(db);
  await db.schema.alterTable('award_criteria').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update award_criteria set updated_at = (select c.updated_at from award_categories c where c.id = award_criteria.category_id)`.execute(db);
  await db.schema.alterTable('award_jurors').addColumn('updated_at', 'text', (c) => c.notNull().defaultTo('')).execute();
  await sql`update award_jurors set updated_at = (select w.updated_at from workshops w where w.id = award_jurors.workshop_id)`.execute(db);
}
