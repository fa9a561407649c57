import type { clusterMethods } from '#shared/methods/clusters.ts';
import { AppError } from '#shared/errors.ts';
import { planMerge, type Dimensions } from '#shared/board/placement.ts';
import type { Cluster } from '#shared/model.ts';
import type { AppEvent } from '#shared/events.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { CardRow, ClusterRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, columnOfBoard, loadBoardCards } from '../cards/board-access.ts';
import { spotOfRow, writeSpots } from '../cards/spots.ts';
import { toCard } from '../cards/rows.ts';
import { toCluster } from './rows.ts';

export const clusterHandlers: HandlerMap<keyof typeof clusterMethods> = {
  async 'clusters.create'(input, ctx) {
    return write(ctx, async (trx) => {
      const cards = loadBoardCards(ctx, input.cardIds);
      if (cards[0]!.session_id !== input.sessionId) throw new AppError('cross_workshop', 'The cards belong to another board', { entity: 'card' });
      assertBoardOpen(ctx, input.sessionId);
      const existing = await trx.selectFrom('clusters').select('id').where('id', '=', input.id).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Cluster ${input.id} already exists`, { entity: 'cluster' });
      const now = ctx.now();
      const cluster = await trx
        .insertInto('clusters')
        .values({ id: input.id, session_id: input.sessionId, title: input.title, created_at: now, updated_at: now, deleted_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      // Every card stays in its group and column; in each column the duplicates line up after the first.
      const columnOf = (dims: Dimensions, except: ReadonlySet<string>) => columnOfBoard(ctx, input.sessionId, dims, except);
      const saved = writeSpots(ctx, planMerge(cards.map(spotOfRow), columnOf, input.id), now);
      const change = { cluster: toCluster(cluster), cards: saved.map(toCard) };
      return { value: change, events: clusterEvents(change.cluster, saved) };
    });
  },

  async 'clusters.update'({ id, title }, ctx) {
    return saveCluster(ctx, async (trx) => {
      await loadCluster(ctx, trx, id);
      return trx.updateTable('clusters').set({ title, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'clusters.dissolve'({ id }, ctx) {
    return write(ctx, async (trx) => {
      await loadCluster(ctx, trx, id);
      const now = ctx.now();
      const row = await trx.updateTable('clusters').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      const cards = await trx.updateTable('cards').set({ cluster_id: null, updated_at: now }).where('cluster_id', '=', id).returningAll().execute();
      const change = { cluster: toCluster(row), cards: cards.map(toCard) };
      return { value: change, events: clusterEvents(change.cluster, cards) };
    });
  },

  async 'clusters.restore'({ id }, ctx) {
    return saveCluster(ctx, async (trx) => {
      await loadCluster(ctx, trx, id, { deleted: true });
      return trx.updateTable('clusters').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },
};

async function loadCluster(ctx: CoreContext, trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<ClusterRow> {
  const row = await trx.selectFrom('clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Cluster ${id} not found`, { entity: 'cluster' });
  assertBoardOpen(ctx, row.session_id);
  return row;
}

function clusterEvents(cluster: Cluster, cards: CardRow[]): AppEvent[] {
  const events: AppEvent[] = [{ type: 'clusters.saved', sessionId: cluster.sessionId, clusters: [cluster] }];
  if (cards.length) events.push({ type: 'cards.saved', sessionId: cluster.sessionId, cards: cards.map(toCard) });
  return events;
}

async function saveCluster(ctx: CoreContext, change: (trx: Trx) => Promise<ClusterRow>): Promise<Cluster> {
  return write(ctx, async (trx) => {
    const cluster = toCluster(await change(trx));
    return { value: cluster, events: [{ type: 'clusters.saved', sessionId: cluster.sessionId, clusters: [cluster] }] };
  });
}
