import type { clusterMethods } from '#shared/methods/clusters.ts';
import { AppError } from '#shared/errors.ts';
import type { CardKind, Cluster } from '#shared/model.ts';
import type { AppEvent } from '#shared/events.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { CardRow, ClusterRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, loadBoardCards, placeCards } from '../cards/placement.ts';
import { toCard } from '../cards/rows.ts';
import { toCluster } from './rows.ts';

export const clusterHandlers: HandlerMap<keyof typeof clusterMethods> = {
  async 'clusters.create'(input, ctx) {
    if (new Set(input.cardIds).size !== input.cardIds.length) {
      throw new AppError('invalid_input', 'A card is listed twice', { fields: [{ path: 'cardIds', problem: 'invalid' }] });
    }
    return write(ctx, async (trx) => {
      const cards = await loadBoardCards(trx, input.cardIds);
      if (cards[0]!.session_id !== input.sessionId) throw new AppError('cross_workshop', 'The cards belong to another board', { entity: 'card' });
      const session = await assertBoardOpen(trx, input.sessionId);
      const existing = await trx.selectFrom('clusters').select('id').where('id', '=', input.id).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Cluster ${input.id} already exists`, { entity: 'cluster' });
      const now = ctx.now();
      const cluster = await trx
        .insertInto('clusters')
        .values({ id: input.id, session_id: input.sessionId, title: input.title, created_at: now, updated_at: now, deleted_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.updateTable('cards').set({ cluster_id: null }).where('id', 'in', input.cardIds).execute();
      // Every card stays in its group and column: merging says several groups share a challenge,
      // it never moves one group's card into another. In each column, the duplicates line up
      // right after the first of them.
      const saved: CardRow[] = [];
      for (const [anchor, ...others] of byColumn(cards)) {
        const target = {
          workshopId: session.workshop_id,
          sessionId: input.sessionId,
          groupId: anchor.group_id,
          kind: anchor.kind as CardKind,
          customKindId: anchor.custom_kind_id,
          afterCardId: anchor.id,
        };
        const positions = others.length > 0 ? await placeCards(trx, target, others.map((c) => c.id)) : [];
        saved.push(await setCluster(trx, anchor.id, { cluster_id: input.id, updated_at: now }));
        for (const [index, card] of others.entries()) {
          saved.push(await setCluster(trx, card.id, { cluster_id: input.id, position: positions[index]!, updated_at: now }));
        }
      }
      const change = { cluster: toCluster(cluster), cards: saved.map(toCard) };
      return { value: change, events: clusterEvents(change.cluster, saved) };
    });
  },

  async 'clusters.update'({ id, title }, ctx) {
    return saveCluster(ctx, async (trx) => {
      await loadCluster(trx, id);
      return trx.updateTable('clusters').set({ title, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'clusters.dissolve'({ id }, ctx) {
    return write(ctx, async (trx) => {
      await loadCluster(trx, id);
      const now = ctx.now();
      const row = await trx.updateTable('clusters').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      const cards = await trx.updateTable('cards').set({ cluster_id: null, updated_at: now }).where('cluster_id', '=', id).returningAll().execute();
      const change = { cluster: toCluster(row), cards: cards.map(toCard) };
      return { value: change, events: clusterEvents(change.cluster, cards) };
    });
  },

  async 'clusters.restore'({ id }, ctx) {
    return saveCluster(ctx, async (trx) => {
      await loadCluster(trx, id, { deleted: true });
      return trx.updateTable('clusters').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },
};

/** The cards grouped by the column (group, kind, own kind) they stand in, in the order given. */
function byColumn(cards: readonly CardRow[]): Array<[CardRow, ...CardRow[]]> {
  const columns = new Map<string, [CardRow, ...CardRow[]]>();
  for (const card of cards) {
    const key = JSON.stringify([card.group_id, card.kind, card.custom_kind_id]);
    const column = columns.get(key);
    if (column) column.push(card);
    else columns.set(key, [card]);
  }
  return [...columns.values()];
}

function setCluster(trx: Trx, id: string, fields: Partial<CardRow>) {
  return trx.updateTable('cards').set(fields).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

async function loadCluster(trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<ClusterRow> {
  const row = await trx.selectFrom('clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Cluster ${id} not found`, { entity: 'cluster' });
  await assertBoardOpen(trx, row.session_id);
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
