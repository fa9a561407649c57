import { sql, type Kysely } from 'kysely';

/**
 * Workshop setup: the meeting's details (level, region, organizer, mode), the participant roster
 * and attendance per day. Participants are removed softly (`deleted_at`), so a removal can be undone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Existing workshops become provincial, in-person meetings: what nearly every PLM so far was.
  await db.schema.alterTable('workshops').addColumn('level', 'text', (c) => c.notNull().defaultTo('province')).execute();
  await db.schema.alterTable('workshops').addColumn('province_code', 'text').execute();
  await db.schema.alterTable('workshops').addColumn('regency_code', 'text').execute();
  await db.schema.alterTable('workshops').addColumn('organizer', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('workshops').addColumn('mode', 'text', (c) => c.notNull().defaultTo('in_person')).execute();

  await db.schema
    .createTable('participants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('regency', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('village', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('institution', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // Who the row was in the spreadsheet it came from, so importing that file again adds nobody twice.
    .addColumn('import_key', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('participants_name_length', sql`length(name) between 1 and 120`)
    .addCheckConstraint('participants_gender', sql`gender is null or gender in ('female', 'male')`)
    .execute();
  await db.schema.createIndex('participants_by_workshop').on('participants').columns(['workshop_id', 'created_at']).execute();
  await db.schema.createIndex('participants_by_group').on('participants').column('group_id').execute();

  await db.schema
    .createTable('attendance')
    .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_pk', ['participant_id', 'day'])
    .addCheckConstraint('attendance_day', sql`day between 1 and 5`)
    .execute();
}
