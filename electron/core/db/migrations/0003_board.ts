import { sql, type Kysely } from 'kysely';

/**
 * The working-group board (issue #4): the agenda fields of a session (layout, timer, removal),
 * card details (custom kind, action plan fields, cluster), and the tables for custom kinds,
 * clusters of duplicates, links between cards, and dot votes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('layout', 'text', (c) => c.notNull().defaultTo('groups'))
    .execute();
  await db.schema.alterTable('sessions').addColumn('timer_duration_ms', 'integer', (c) => c.notNull().defaultTo(600_000)).execute();
  await db.schema.alterTable('sessions').addColumn('timer_remaining_ms', 'integer', (c) => c.notNull().defaultTo(600_000)).execute();
  await db.schema.alterTable('sessions').addColumn('timer_ends_at', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('deleted_at', 'text').execute();

  await db.schema
    .createTable('custom_kinds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addColumn('icon', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('custom_kinds_by_session').on('custom_kinds').columns(['session_id', 'position']).execute();

  await db.schema
    .createTable('clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('clusters_title_length', sql`length(title) between 1 and 200`)
    .execute();
  await db.schema.createIndex('clusters_by_session').on('clusters').column('session_id').execute();

  await db.schema
    .alterTable('cards')
    .addColumn('custom_kind_id', 'text', (c) => c.references('custom_kinds.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('cards').addColumn('who', 'text').execute();
  await db.schema.alterTable('cards').addColumn('by_when', 'text').execute();
  await db.schema.alterTable('cards').addColumn('indicator', 'text').execute();
  await db.schema
    .alterTable('cards')
    .addColumn('cluster_id', 'text', (c) => c.references('clusters.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('cards_by_cluster').on('cards').column('cluster_id').where(sql.ref('cluster_id'), 'is not', null).execute();

  await db.schema
    .createTable('links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workshop_id', 'text', (c) => c.notNull().references('workshops.id').onDelete('cascade'))
    .addColumn('from_card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('to_card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('links_not_to_self', sql`from_card_id <> to_card_id`)
    .execute();
  await db.schema.createIndex('links_from').on('links').column('from_card_id').execute();
  await db.schema.createIndex('links_to').on('links').column('to_card_id').execute();
  // Two live links between the same cards would count twice in a report.
  await db.schema
    .createIndex('links_unique_live')
    .on('links')
    .columns(['from_card_id', 'to_card_id'])
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('vote_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
    .addColumn('budget', 'integer', (c) => c.notNull())
    .addColumn('budget_scope', 'text', (c) => c.notNull())
    .addColumn('one_per_card', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('card_kind', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('vote_rounds_budget', sql`budget >= 1`)
    .execute();
  await db.schema.createIndex('vote_rounds_by_session').on('vote_rounds').column('session_id').execute();

  await db.schema
    .createTable('votes')
    .addColumn('round_id', 'text', (c) => c.notNull().references('vote_rounds.id').onDelete('cascade'))
    .addColumn('card_id', 'text', (c) => c.notNull().references('cards.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('dots', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('votes_pk', ['round_id', 'card_id', 'group_id'])
    .addCheckConstraint('votes_dots', sql`dots >= 0`)
    .execute();

  await db.schema
    .createTable('vote_voters')
    .addColumn('round_id', 'text', (c) => c.notNull().references('vote_rounds.id').onDelete('cascade'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id').onDelete('cascade'))
    .addColumn('voters', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vote_voters_pk', ['round_id', 'group_id'])
    .addCheckConstraint('vote_voters_count', sql`voters >= 0`)
    .execute();
}
