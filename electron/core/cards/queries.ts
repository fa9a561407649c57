import type { Kysely } from 'kysely';
import type { Dimensions } from '#shared/board/placement.ts';
import { compile, type CompiledStatement } from '../db/compiled.ts';
import type { CardRow, Database } from '../db/schema.ts';

/**
 * The card statements of the hot paths (typing a card, dropping one), compiled once
 * (`db/compiled.ts`). Each runs in the transaction of the `write()` it is called in.
 */

export const sessionById = compile<{ id: string }>()((db, p) => db.selectFrom('sessions').select(['workshop_id', 'locked_at', 'deleted_at']).where('id', '=', p.id));

export const groupById = compile<{ id: string }>()((db, p) => db.selectFrom('groups').select('workshop_id').where('id', '=', p.id));

export const customKindById = compile<{ id: string }>()((db, p) => db.selectFrom('custom_kinds').select(['session_id', 'deleted_at']).where('id', '=', p.id));

export const clusterById = compile<{ id: string }>()((db, p) => db.selectFrom('clusters').select(['session_id', 'deleted_at']).where('id', '=', p.id));

export const cardById = compile<{ id: string }>()((db, p) => db.selectFrom('cards').selectAll().where('id', '=', p.id));

/** The key a new card goes after: the last of its board (deleted cards too, so an undo puts them back in place). */
export const lastPositionOnBoard = compile<{ sessionId: string }>()((db, p) =>
  db.selectFrom('cards').select('position').where('session_id', '=', p.sessionId).orderBy('position', 'desc').limit(1),
);

export const liveClusterMembers = compile<{ clusterId: string }>()((db, p) =>
  db.selectFrom('cards').select('id').where('cluster_id', '=', p.clusterId).where('deleted_at', 'is', null),
);

/** A card the facilitator writes; a phone's card (door/phone-handlers.ts) also says which device and participant wrote it. */
export type NewCard = Omit<CardRow, 'revision' | 'device_id' | 'participant_id' | 'hidden'>;

const NEW_CARD_COLUMNS = [
  'id', 'workshop_id', 'session_id', 'group_id', 'kind', 'custom_kind_id', 'text', 'position', 'tag', 'author', 'who', 'by_when', 'indicator', 'cluster_id', 'created_at', 'updated_at', 'deleted_at',
] as const satisfies ReadonlyArray<keyof NewCard>;

export const insertCard = compile<NewCard>()((db, p) =>
  db
    .insertInto('cards')
    .values(Object.fromEntries(NEW_CARD_COLUMNS.map((column) => [column, p[column]])) as NewCard)
    .returningAll(),
);

export const placeCard = compile<Pick<CardRow, 'id' | 'group_id' | 'kind' | 'custom_kind_id' | 'position' | 'cluster_id' | 'updated_at'>>()((db, p) =>
  db
    .updateTable('cards')
    .set({ group_id: p.group_id, kind: p.kind, custom_kind_id: p.custom_kind_id, position: p.position, cluster_id: p.cluster_id, updated_at: p.updated_at })
    .where('id', '=', p.id)
    .returningAll(),
);

export const writeDetails = compile<Pick<CardRow, 'id' | 'text' | 'kind' | 'custom_kind_id' | 'tag' | 'author' | 'who' | 'by_when' | 'indicator' | 'updated_at'>>()((db, p) =>
  db
    .updateTable('cards')
    .set({ text: p.text, kind: p.kind, custom_kind_id: p.custom_kind_id, tag: p.tag, author: p.author, who: p.who, by_when: p.by_when, indicator: p.indicator, updated_at: p.updated_at })
    .where('id', '=', p.id)
    .returningAll(),
);

export const setDeleted = compile<Pick<CardRow, 'id' | 'deleted_at' | 'updated_at'>>()((db, p) =>
  db.updateTable('cards').set({ deleted_at: p.deleted_at, updated_at: p.updated_at }).where('id', '=', p.id).returningAll(),
);

type ColumnRow = Pick<CardRow, 'id' | 'position' | 'cluster_id'>;

/** The statements that read one column; one set per shape of dimensions (which are given, which are null). */
export interface ColumnStatements {
  find: CompiledStatement<ColumnParams & { id: string }, ColumnRow>;
  inCluster: CompiledStatement<ColumnParams & { clusterId: string }, ColumnRow>;
  after: CompiledStatement<ColumnParams & { position: string }, ColumnRow>;
  all: CompiledStatement<ColumnParams, ColumnRow>;
}

type ColumnParams = { sessionId: string; groupId: string | null; kind: string | null; customKindId: string | null };

const byShape = new Map<string, ColumnStatements>();

export function columnStatements(dims: Dimensions): ColumnStatements {
  const shape = (['groupId', 'kind', 'customKindId'] as const).map((k) => (dims[k] === undefined ? '-' : dims[k] === null ? '0' : '1')).join('');
  let found = byShape.get(shape);
  if (!found) {
    found = compileColumn(dims);
    byShape.set(shape, found);
  }
  return found;
}

function compileColumn(dims: Dimensions): ColumnStatements {
  const base = (db: Kysely<Database>, p: ColumnParams) => {
    let q = db.selectFrom('cards').select(['id', 'position', 'cluster_id']).where('session_id', '=', p.sessionId).where('deleted_at', 'is', null);
    if (dims.groupId !== undefined) q = dims.groupId === null ? q.where('group_id', 'is', null) : q.where('group_id', '=', p.groupId);
    if (dims.kind !== undefined) q = q.where('kind', '=', p.kind);
    if (dims.customKindId !== undefined) q = dims.customKindId === null ? q.where('custom_kind_id', 'is', null) : q.where('custom_kind_id', '=', p.customKindId);
    return q;
  };
  return {
    find: compile<ColumnParams & { id: string }>()((db, p) => base(db, p).where('id', '=', p.id)),
    inCluster: compile<ColumnParams & { clusterId: string }>()((db, p) => base(db, p).where('cluster_id', '=', p.clusterId).orderBy('position', 'desc').orderBy('id', 'desc')),
    after: compile<ColumnParams & { position: string }>()((db, p) => base(db, p).where('position', '>', p.position).orderBy('position').orderBy('id')),
    all: compile<ColumnParams>()((db, p) => base(db, p).orderBy('position').orderBy('id')),
  };
}
