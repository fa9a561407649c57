import { sql, type Kysely } from 'kysely';

/**
 * Participants' phones (issue #13): the devices that joined through the door, which device and
 * participant wrote a card, whether the facilitator has shown it yet, and each phone's own dots.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) => c.references('participants.id').onDelete('set null'))
    .addColumn('group_id', 'text', (c) => c.references('groups.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    // Only a hash: the secret itself lives in the phone's cookie.
    .addColumn('secret_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('devices_name_length', sql`length(name) between 1 and 120`)
    .execute();
  await db.schema.createIndex('devices_by_workshop').on('devices').column('workshop_id').execute();

  await db.schema.alterTable('cards').addColumn('device_id', 'text', (c) => c.references('devices.id').onDelete('set null')).execute();
  await db.schema.alterTable('cards').addColumn('participant_id', 'text', (c) => c.references('participants.id').onDelete('set null')).execute();
  await db.schema.alterTable('cards').addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  // A new card goes last on the whole board: with this index that is one step, not a sort of every card.
  await db.schema.createIndex('cards_by_board_order').on('cards').columns(['session_id', 'position']).execute();
  await db.schema.createIndex('cards_by_device').on('cards').columns(['device_id', 'session_id']).where(sql.ref('device_id'), 'is not', null).execute();

  await db.schema
    .createTable('phone_votes')
    .addColumn('round_id', 'text', (c) => c.notNull().references('vote_rounds.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
    .addColumn('participant_id', 'text', (c) => c.references('participants.id').onDelete('set null'))
    .addColumn('dots', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('phone_votes_pk', ['round_id', 'card_id', 'device_id'])
    .addCheckConstraint('phone_votes_dots', sql`dots >= 0`)
    .execute();
  await db.schema.createIndex('phone_votes_by_device').on('phone_votes').columns(['round_id', 'device_id']).execute();
}
