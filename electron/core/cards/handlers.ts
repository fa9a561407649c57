import type { cardMethods } from '#shared/methods/cards.ts';
import type { ParsedInput } from '#shared/api.ts';
import { AppError } from '#shared/errors.ts';
import type { Card, CardKind } from '#shared/model.ts';
import { isOrderKey } from '#shared/ordering.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { CardRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, checkDimensions, clustersKept, loadBoardCards, loadCard, loadCustomKind, placeCards } from './placement.ts';
import { toCard } from './rows.ts';

export const cardHandlers: HandlerMap<keyof typeof cardMethods> = {
  async 'cards.create'(input, ctx) {
    return saveCards(ctx, async (trx) => {
      const session = await assertBoardOpen(trx, input.sessionId);
      const existing = await trx.selectFrom('cards').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (existing) {
        // A retried call (the answer was lost on the way back) gets the card it already made.
        if (existing.session_id === input.sessionId && existing.text === input.text) return [existing];
        throw new AppError('conflict', `Card ${input.id} already exists`, { entity: 'card' });
      }
      const { kind, customKindId } = kindOf(input.kind, input.customKindId ?? null);
      const target = { workshopId: session.workshop_id, sessionId: input.sessionId, groupId: input.groupId, kind, customKindId, afterCardId: input.afterCardId };
      const [position] = await placeCards(trx, target, [input.id]);
      const now = ctx.now();
      const row = await trx
        .insertInto('cards')
        .values({
          id: input.id,
          workshop_id: session.workshop_id,
          session_id: input.sessionId,
          group_id: input.groupId,
          kind,
          custom_kind_id: customKindId,
          text: input.text,
          position: position!,
          tag: input.tag ?? null,
          author: input.author ?? null,
          who: input.who ?? null,
          by_when: input.byWhen ?? null,
          indicator: input.indicator ?? null,
          cluster_id: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return [row];
    }).then(single);
  },

  async 'cards.update'(input, ctx) {
    return saveCards(ctx, async (trx) => {
      const current = await loadCard(trx, input.id);
      await assertBoardOpen(trx, current.session_id);
      const { kind, customKindId } = kindOf(
        input.kind ?? (input.customKindId ? 'note' : (current.kind as CardKind)),
        input.customKindId === undefined ? current.custom_kind_id : input.customKindId,
      );
      if (customKindId && customKindId !== current.custom_kind_id) await loadCustomKind(trx, customKindId, current.session_id);
      const keep = <T>(given: T | undefined, stored: T) => (given === undefined ? stored : given);
      const row = await trx
        .updateTable('cards')
        .set({
          text: input.text ?? current.text,
          kind,
          custom_kind_id: customKindId,
          tag: keep(input.tag, current.tag),
          author: keep(input.author, current.author),
          who: keep(input.who, current.who),
          by_when: keep(input.byWhen, current.by_when),
          indicator: keep(input.indicator, current.indicator),
          updated_at: ctx.now(),
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return [row];
    }).then(single);
  },

  async 'cards.move'({ id, ...to }, ctx) {
    return saveCards(ctx, (trx) => moveCards(trx, ctx, [id], to)).then(single);
  },

  async 'cards.moveMany'({ ids, ...to }, ctx) {
    if (new Set(ids).size !== ids.length) throw duplicateIds();
    return saveCards(ctx, (trx) => moveCards(trx, ctx, ids, to));
  },

  async 'cards.arrange'({ cards }, ctx) {
    if (new Set(cards.map((c) => c.id)).size !== cards.length) throw duplicateIds();
    return saveCards(ctx, async (trx) => {
      const current = await loadBoardCards(trx, cards.map((c) => c.id));
      const session = await assertBoardOpen(trx, current[0]!.session_id);
      const now = ctx.now();
      const saved: CardRow[] = [];
      for (const place of cards) {
        if (!isOrderKey(place.position)) {
          throw new AppError('invalid_input', 'Not an order key', { fields: [{ path: 'cards.position', problem: 'invalid' }] });
        }
        const { kind, customKindId } = kindOf(place.kind, place.customKindId);
        await checkDimensions(trx, { workshopId: session.workshop_id, sessionId: current[0]!.session_id, groupId: place.groupId, customKindId });
        if (place.clusterId !== null) await loadLiveCluster(trx, place.clusterId, current[0]!.session_id);
        saved.push(
          await trx
            .updateTable('cards')
            .set({ group_id: place.groupId, kind, custom_kind_id: customKindId, position: place.position, cluster_id: place.clusterId, updated_at: now })
            .where('id', '=', place.id)
            .returningAll()
            .executeTakeFirstOrThrow(),
        );
      }
      return saved;
    });
  },

  async 'cards.delete'({ id }, ctx) {
    return saveCards(ctx, async (trx) => {
      const current = await loadCard(trx, id);
      await assertBoardOpen(trx, current.session_id);
      const now = ctx.now();
      return [await trx.updateTable('cards').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow()];
    }).then(single);
  },

  async 'cards.restore'({ id }, ctx) {
    return saveCards(ctx, async (trx) => {
      const current = await loadCard(trx, id, { deleted: true });
      await assertBoardOpen(trx, current.session_id);
      return [await trx.updateTable('cards').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow()];
    }).then(single);
  },
};

type Placement = Omit<ParsedInput<'cards.move'>, 'id'>;

/** Moves cards (in the given order, one after another) and keeps only the clusters that travel whole. */
async function moveCards(trx: Trx, ctx: CoreContext, ids: readonly string[], to: Placement): Promise<CardRow[]> {
  const moving = await loadBoardCards(trx, ids);
  const session = await assertBoardOpen(trx, moving[0]!.session_id);
  const dims = to.kind === undefined && to.customKindId === undefined ? null : kindOf(to.kind ?? 'note', to.customKindId ?? null);
  const target = { workshopId: session.workshop_id, sessionId: moving[0]!.session_id, groupId: to.groupId, ...dims, afterCardId: to.afterCardId };
  const positions = await placeCards(trx, target, ids);
  const kept = await clustersKept(trx, moving);
  const now = ctx.now();
  const saved: CardRow[] = [];
  for (const [index, card] of moving.entries()) {
    saved.push(
      await trx
        .updateTable('cards')
        .set({
          ...(to.groupId === undefined ? {} : { group_id: to.groupId }),
          ...(dims ? { kind: dims.kind, custom_kind_id: dims.customKindId } : {}),
          position: positions[index]!,
          cluster_id: card.cluster_id !== null && kept.has(card.cluster_id) ? card.cluster_id : null,
          updated_at: now,
        })
        .where('id', '=', card.id)
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
  }
  return saved;
}

/** A custom kind makes a `note`; a built-in kind has no custom kind. */
function kindOf(kind: CardKind, customKindId: string | null): { kind: CardKind; customKindId: string | null } {
  if (customKindId !== null) return { kind: 'note', customKindId };
  return { kind, customKindId: null };
}

export async function loadLiveCluster(trx: Trx, id: string, sessionId: string) {
  const cluster = await trx.selectFrom('clusters').select(['session_id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
  if (!cluster || cluster.deleted_at !== null) throw new AppError('not_found', `Cluster ${id} not found`, { entity: 'cluster' });
  if (cluster.session_id !== sessionId) throw new AppError('cross_workshop', 'The cluster belongs to another board', { entity: 'cluster' });
}

function duplicateIds() {
  return new AppError('invalid_input', 'A card is listed twice', { fields: [{ path: 'ids', problem: 'invalid' }] });
}

/** Every card change commits its rows and announces them in one event. */
export async function saveCards(ctx: CoreContext, change: (trx: Trx) => Promise<CardRow[]>): Promise<Card[]> {
  return write(ctx, async (trx) => {
    const cards = (await change(trx)).map(toCard);
    return { value: cards, events: cards.length ? [{ type: 'cards.saved', sessionId: cards[0]!.sessionId, cards }] : [] };
  });
}

function single(cards: Card[]): Card {
  return cards[0]!;
}
