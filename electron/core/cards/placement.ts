import { AppError } from '#shared/errors.ts';
import type { CardKind } from '#shared/model.ts';
import { keysBetween } from '#shared/ordering.ts';
import type { CardRow } from '../db/schema.ts';
import type { Db, Trx } from '../context.ts';

/**
 * Where cards go on a board. Only the dimensions given change; `undefined` keeps a card's own.
 * The cards land right after `afterCardId` (`null`: first; `undefined`: last) among the cards
 * that share every given dimension, which is exactly the column (or grid cell) the caller saw.
 */
export interface Target {
  workshopId: string;
  sessionId: string;
  groupId?: string | null | undefined;
  kind?: CardKind | undefined;
  customKindId?: string | null | undefined;
  afterCardId: string | null | undefined;
}

/** Checks that the target exists on this board and returns one order key per moving card, in order. */
export async function placeCards(trx: Trx, target: Target, movingIds: readonly string[]): Promise<string[]> {
  await checkDimensions(trx, target);
  let scope = trx
    .selectFrom('cards')
    .select(['id', 'position', 'cluster_id'])
    .where('session_id', '=', target.sessionId)
    .where('deleted_at', 'is', null)
    .where('id', 'not in', movingIds);
  if (target.groupId !== undefined) scope = scope.where('group_id', target.groupId === null ? 'is' : '=', target.groupId);
  if (target.kind !== undefined) scope = scope.where('kind', '=', target.kind);
  if (target.customKindId !== undefined) scope = scope.where('custom_kind_id', target.customKindId === null ? 'is' : '=', target.customKindId);

  const n = movingIds.length;
  if (target.afterCardId === undefined) {
    // A new card goes last on the whole board, so it is last in every layout's column too.
    const last = await trx
      .selectFrom('cards')
      .select('position')
      .where('session_id', '=', target.sessionId)
      .where('id', 'not in', movingIds)
      .orderBy('position', 'desc')
      .executeTakeFirst();
    return keysBetween(last?.position ?? null, null, n);
  }
  if (target.afterCardId === null) {
    const first = await scope.orderBy('position').orderBy('id').executeTakeFirst();
    return keysBetween(null, first?.position ?? null, n);
  }
  let after = await scope.where('id', '=', target.afterCardId).executeTakeFirst();
  if (!after) {
    // The caller's view of the column is stale (the card moved or was deleted meanwhile).
    throw new AppError('conflict', `Card ${target.afterCardId} is not in the target column`, { entity: 'card' });
  }
  if (after.cluster_id !== null) {
    // A card never lands inside a cluster it does not belong to: it goes after the cluster.
    const lastMember = await scope.where('cluster_id', '=', after.cluster_id).orderBy('position', 'desc').orderBy('id', 'desc').executeTakeFirst();
    if (lastMember) after = lastMember;
  }
  const next = await scope.where('position', '>', after.position).orderBy('position').orderBy('id').executeTakeFirst();
  return keysBetween(after.position, next?.position ?? null, n);
}

/** The group is one of this workshop's, the custom kind one of this board's. */
export async function checkDimensions(trx: Trx, target: Pick<Target, 'workshopId' | 'sessionId' | 'groupId' | 'customKindId'>) {
  if (target.groupId) {
    const group = await trx.selectFrom('groups').select('workshop_id').where('id', '=', target.groupId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!group) throw new AppError('not_found', `Group ${target.groupId} not found`, { entity: 'group' });
    if (group.workshop_id !== target.workshopId) {
      throw new AppError('cross_workshop', 'The group belongs to another workshop', { entity: 'group' });
    }
  }
  if (target.customKindId) await loadCustomKind(trx, target.customKindId, target.sessionId);
}

export async function loadCustomKind(trx: Trx, id: string, sessionId: string) {
  const kind = await trx.selectFrom('custom_kinds').select(['session_id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
  if (!kind || kind.deleted_at !== null) throw new AppError('not_found', `Kind ${id} not found`, { entity: 'kind' });
  if (kind.session_id !== sessionId) throw new AppError('cross_workshop', 'The kind belongs to another board', { entity: 'kind' });
}

/** Cards on a locked board (after its session) cannot change until it is unlocked. */
export async function assertBoardOpen(trx: Trx, sessionId: string): Promise<{ workshop_id: string }> {
  const session = await trx.selectFrom('sessions').select(['workshop_id', 'locked_at', 'deleted_at']).where('id', '=', sessionId).executeTakeFirst();
  if (!session || session.deleted_at !== null) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
  if (session.locked_at !== null) throw new AppError('board_locked', 'The board is locked', { entity: 'session' });
  return session;
}

export async function loadCard(db: Db, id: string, options: { deleted?: boolean } = {}): Promise<CardRow> {
  const row = await db.selectFrom('cards').selectAll().where('id', '=', id).executeTakeFirst();
  const wantDeleted = options.deleted ?? false;
  if (!row || (row.deleted_at !== null) !== wantDeleted) {
    throw new AppError('not_found', `Card ${id} not found`, { entity: 'card' });
  }
  return row;
}

/** Live cards of one board, in the order asked for; any id that is not one is `not_found`. */
export async function loadBoardCards(trx: Trx, ids: readonly string[]): Promise<CardRow[]> {
  const rows = await trx.selectFrom('cards').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw new AppError('not_found', `Card ${id} not found`, { entity: 'card' });
    return row;
  });
  const sessionId = ordered[0]?.session_id;
  if (ordered.some((r) => r.session_id !== sessionId)) {
    throw new AppError('cross_workshop', 'The cards belong to different boards', { entity: 'card' });
  }
  return ordered;
}

/**
 * Which of the moving cards keep their cluster: a cluster travels whole, or the cards that
 * leave it stand alone again.
 */
export async function clustersKept(trx: Trx, moving: readonly CardRow[]): Promise<Set<string>> {
  const clusterIds = [...new Set(moving.map((c) => c.cluster_id).filter((id): id is string => id !== null))];
  if (clusterIds.length === 0) return new Set();
  const members = await trx
    .selectFrom('cards')
    .select(['id', 'cluster_id'])
    .where('cluster_id', 'in', clusterIds)
    .where('deleted_at', 'is', null)
    .execute();
  const movingIds = new Set(moving.map((c) => c.id));
  return new Set(clusterIds.filter((cid) => members.filter((m) => m.cluster_id === cid).every((m) => movingIds.has(m.id))));
}
