import { AppError } from '#shared/errors.ts';
import type { Column, ColumnCard, Dimensions } from '#shared/board/placement.ts';
import type { CoreContext } from '../context.ts';
import type { CardRow } from '../db/schema.ts';
import { cardById, clusterById, columnStatements, customKindById, groupById, liveClusterMembers, sessionById } from './queries.ts';

/**
 * How the core reads a board for the rules in `shared/board/`: the checks every card change
 * makes (the board is open, the group and kind belong to it) and a column as `Column`. All of it
 * synchronous, through compiled statements, inside the caller's `write()`.
 */
type Sql = Pick<CoreContext, 'sql'>;

/** Cards on a locked board (after its session) cannot change until it is unlocked. */
export function assertBoardOpen({ sql }: Sql, sessionId: string): { workshop_id: string } {
  const session = sql.get(sessionById, { id: sessionId });
  if (!session || session.deleted_at !== null) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
  if (session.locked_at !== null) throw new AppError('board_locked', 'The board is locked', { entity: 'session' });
  return session;
}

/** The group is one of this workshop's, the custom kind one of this board's. */
export function checkDimensions(ctx: Sql, target: { workshopId: string; sessionId: string; groupId?: string | null | undefined; customKindId?: string | null | undefined }) {
  if (target.groupId) {
    const group = ctx.sql.get(groupById, { id: target.groupId });
    if (!group) throw new AppError('not_found', `Group ${target.groupId} not found`, { entity: 'group' });
    if (group.workshop_id !== target.workshopId) throw new AppError('cross_workshop', 'The group belongs to another workshop', { entity: 'group' });
  }
  if (target.customKindId) loadCustomKind(ctx, target.customKindId, target.sessionId);
}

export function loadCustomKind({ sql }: Sql, id: string, sessionId: string) {
  const kind = sql.get(customKindById, { id });
  if (!kind || kind.deleted_at !== null) throw new AppError('not_found', `Kind ${id} not found`, { entity: 'kind' });
  if (kind.session_id !== sessionId) throw new AppError('cross_workshop', 'The kind belongs to another board', { entity: 'kind' });
}

export function loadLiveCluster({ sql }: Sql, id: string, sessionId: string) {
  const cluster = sql.get(clusterById, { id });
  if (!cluster || cluster.deleted_at !== null) throw new AppError('not_found', `Cluster ${id} not found`, { entity: 'cluster' });
  if (cluster.session_id !== sessionId) throw new AppError('cross_workshop', 'The cluster belongs to another board', { entity: 'cluster' });
}

export function loadCard({ sql }: Sql, id: string, options: { deleted?: boolean } = {}): CardRow {
  const row = sql.get(cardById, { id });
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Card ${id} not found`, { entity: 'card' });
  return row;
}

/** Cards of one board, in the order asked for (live ones, or deleted ones); any id that is not one is `not_found`. */
export function loadBoardCards(ctx: Sql, ids: readonly string[], options: { deleted?: boolean } = {}): CardRow[] {
  if (new Set(ids).size !== ids.length) {
    throw new AppError('invalid_input', 'A card is listed twice', { fields: [{ path: 'ids', problem: 'invalid' }] });
  }
  const cards = ids.map((id) => loadCard(ctx, id, options));
  if (cards.some((c) => c.session_id !== cards[0]?.session_id)) {
    throw new AppError('cross_workshop', 'The cards belong to different boards', { entity: 'card' });
  }
  return cards;
}

/** The live ids of a cluster's cards. */
export function clusterMembers({ sql }: Sql, clusterId: string): string[] {
  return sql.all(liveClusterMembers, { clusterId }).map((c) => c.id);
}

/** One column of a board (the cards sharing `dims`), read as the placement rules need it, leaving `except` out. */
export function columnOfBoard({ sql }: Sql, sessionId: string, dims: Dimensions, except: ReadonlySet<string>): Column {
  const statements = columnStatements(dims);
  const params = { sessionId, groupId: dims.groupId ?? null, kind: dims.kind ?? null, customKindId: dims.customKindId ?? null };
  const kept = (row: { id: string }) => !except.has(row.id);
  const card = (row: { id: string; position: string; cluster_id: string | null } | undefined): ColumnCard | undefined =>
    row && { id: row.id, position: row.position, clusterId: row.cluster_id };
  return {
    find: (id) => (except.has(id) ? undefined : card(sql.get(statements.find, { ...params, id }))),
    lastOfCluster: (clusterId) => card(sql.first(statements.inCluster, { ...params, clusterId }, kept)),
    firstAfter: (position) => card(position === null ? sql.first(statements.all, params, kept) : sql.first(statements.after, { ...params, position }, kept)),
  };
}
