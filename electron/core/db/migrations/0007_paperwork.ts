import { sql, type Kysely } from 'kysely';

/**
 * The meeting's paperwork (issue #14): documentation photos and minutes, the certificates'
 * signatory, logo and serial numbers, and awards (categories, criteria, jurors, scores).
 * Every table names its workshop (`workshop_id`), so backups and transfers find its rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    // `null`: a photo of the whole meeting rather than of one session.
    .addColumn('session_id', 'text', (c) => c.references('sessions.id').onDelete('cascade'))
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('file_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    // Downscaled JPEG (at most 1600 px a side): what the app and the report show.
    .addColumn('image', 'blob', (c) => c.notNull())
    .addColumn('thumbnail', 'blob', (c) => c.notNull())
    // The file as it came, only when the facilitator asked to keep it.
    .addColumn('original', 'blob')
    .addColumn('original_type', 'text')
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('photos_caption_length', sql`length(caption) <= 300`)
    .execute();
  await db.schema.createIndex('photos_by_workshop').on('photos').columns(['workshop_id', 'session_id', 'position']).execute();

  await db.schema
    .createTable('session_minutes')
    .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('certificate_settings')
    .addColumn('workshop_id', 'text', (c) => c.primaryKey().references('workshops.id').onDelete('cascade'))
    .addColumn('signatory_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signatory_nip', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('signatory_position', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('serial_prefix', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('logo', 'blob')
    .addColumn('logo_type', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A certificate keeps its number once issued, however often it is printed again.
  await db.schema
    .createTable('certificate_serials')
    .addColumn('participant_id', 'text', (c) => c.primaryKey().references('participants.id').onDelete('cascade'))
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addCheckConstraint('certificate_serials_positive', sql`serial >= 1`)
    .execute();
  await db.schema.createIndex('certificate_serials_unique').on('certificate_serials').columns(['workshop_id', 'serial']).unique().execute();

  await db.schema
    .createTable('award_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    // Who competes: the working groups (village libraries) or single participants.
    .addColumn('entrants', 'text', (c) => c.notNull().defaultTo('groups'))
    .addColumn('winners', 'integer', (c) => c.notNull().defaultTo(3))
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('award_categories_winners', sql`winners between 1 and 10`)
    .execute();
  await db.schema.createIndex('award_categories_by_workshop').on('award_categories').columns(['workshop_id', 'position']).execute();

  await db.schema
    .createTable('award_criteria')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('category_id', 'text', (c) => c.notNull().references('award_categories.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('weight', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addCheckConstraint('award_criteria_weight', sql`weight between 1 and 100`)
    .execute();
  await db.schema.createIndex('award_criteria_by_category').on('award_criteria').columns(['category_id', 'position']).execute();

  await db.schema
    .createTable('award_jurors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('award_jurors_by_workshop').on('award_jurors').column('workshop_id').execute();

  // `entrant_id` is a group or a participant, as the category says; a score is 0 to 100.
  await db.schema
    .createTable('award_scores')
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('criterion_id', 'text', (c) => c.notNull().references('award_criteria.id').onDelete('cascade'))
    .addColumn('juror_id', 'text', (c) => c.notNull().references('award_jurors.id').onDelete('cascade'))
    .addColumn('entrant_id', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('award_scores_pk', ['criterion_id', 'juror_id', 'entrant_id'])
    .addCheckConstraint('award_scores_range', sql`score between 0 and 100`)
    .execute();
  await db.schema.createIndex('award_scores_by_workshop').on('award_scores').column('workshop_id').execute();
}
