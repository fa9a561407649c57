import type { cardMethods } from '#shared/methods/cards.ts';
import type { ParsedInput } from '#shared/api.ts';
import { kindAfterUpdate, resolveKind } from '#shared/board/kinds.ts';
import { keysAfter, keysAtEnd, placementDimensions, planMove, type Placement } from '#shared/board/placement.ts';
import { AppError } from '#shared/errors.ts';
import type { Card } from '#shared/model.ts';
import { isOrderKey } from '#shared/ordering.ts';
import { write, type CoreContext } from '../context.ts';
import type { CardRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, checkDimensions, clusterMembers, columnOfBoard, loadBoardCards, loadCard, loadCustomKind, loadLiveCluster } from './board-access.ts';
import { cardById, insertCard, lastPositionOnBoard, setDeleted, writeDetails } from './queries.ts';
import { toCard } from './rows.ts';
import { spotOfRow, writeSpots } from './spots.ts';

/** Cards: where they land is decided by the shared rules (`shared/board/placement.ts`). */
export const cardHandlers: HandlerMap<keyof typeof cardMethods> = {
  async 'cards.create'({ id, text, ...column }, ctx) {
    return saveCards(ctx, () => createCards(ctx, column, [{ id, text }])).then(single);
  },

  async 'cards.createMany'({ cards, ...column }, ctx) {
    return saveCards(ctx, () => createCards(ctx, column, cards));
  },

  async 'cards.update'(input, ctx) {
    return saveCards(ctx, () => {
      const current = loadCard(ctx, input.id);
      assertBoardOpen(ctx, current.session_id);
      const { kind, customKindId } = kindAfterUpdate({ kind: current.kind as Card['kind'], customKindId: current.custom_kind_id }, input);
      if (customKindId && customKindId !== current.custom_kind_id) loadCustomKind(ctx, customKindId, current.session_id);
      const keep = <T>(given: T | undefined, stored: T) => (given === undefined ? stored : given);
      const row = ctx.sql.get(writeDetails, {
        id: input.id,
        text: input.text ?? current.text,
        kind,
        custom_kind_id: customKindId,
        tag: keep(input.tag, current.tag),
        author: keep(input.author, current.author),
        who: keep(input.who, current.who),
        by_when: keep(input.byWhen, current.by_when),
        indicator: keep(input.indicator, current.indicator),
        updated_at: ctx.now(),
      })!;
      return [row];
    }).then(single);
  },

  async 'cards.move'({ id, ...to }, ctx) {
    return saveCards(ctx, () => moveCards(ctx, [id], to)).then(single);
  },

  async 'cards.moveMany'({ ids, ...to }, ctx) {
    return saveCards(ctx, () => moveCards(ctx, ids, to));
  },

  async 'cards.arrange'({ cards }, ctx) {
    return saveCards(ctx, () => {
      const current = loadBoardCards(ctx, cards.map((c) => c.id));
      const sessionId = current[0]!.session_id;
      const session = assertBoardOpen(ctx, sessionId);
      const spots = cards.map((place) => {
        if (!isOrderKey(place.position)) {
          throw new AppError('invalid_input', 'Not an order key', { fields: [{ path: 'cards.position', problem: 'invalid' }] });
        }
        const kind = resolveKind(place.kind, place.customKindId);
        checkDimensions(ctx, { workshopId: session.workshop_id, sessionId, groupId: place.groupId, customKindId: kind.customKindId });
        if (place.clusterId !== null) loadLiveCluster(ctx, place.clusterId, sessionId);
        return { ...place, ...kind };
      });
      return writeSpots(ctx, spots, ctx.now());
    });
  },

  async 'cards.delete'({ id }, ctx) {
    return saveCards(ctx, () => setCardsDeleted(ctx, [id], true)).then(single);
  },

  async 'cards.restore'({ id }, ctx) {
    return saveCards(ctx, () => setCardsDeleted(ctx, [id], false)).then(single);
  },

  async 'cards.deleteMany'({ ids }, ctx) {
    return saveCards(ctx, () => setCardsDeleted(ctx, ids, true));
  },

  async 'cards.restoreMany'({ ids }, ctx) {
    return saveCards(ctx, () => setCardsDeleted(ctx, ids, false));
  },
};

type NewCardsColumn = Omit<ParsedInput<'cards.create'>, 'id' | 'text'>;

/**
 * New cards of one column, last on the board (or after `afterCardId`). A retried call (its answer
 * was lost on the way back) gets the cards it already made.
 */
function createCards(ctx: CoreContext, column: NewCardsColumn, cards: ReadonlyArray<{ id: string; text: string }>): CardRow[] {
  if (new Set(cards.map((c) => c.id)).size !== cards.length) throw duplicateIds();
  const session = assertBoardOpen(ctx, column.sessionId);
  const existing = cards.map((c) => ctx.sql.get(cardById, { id: c.id }));
  if (existing.some((row) => row !== undefined)) {
    const retried = existing.every((row, i) => row && row.session_id === column.sessionId && row.text === cards[i]!.text);
    if (retried) return existing as CardRow[];
    throw new AppError('conflict', `Card ${cards.find((_, i) => existing[i])!.id} already exists`, { entity: 'card' });
  }
  const { kind, customKindId } = resolveKind(column.kind, column.customKindId ?? null);
  checkDimensions(ctx, { workshopId: session.workshop_id, sessionId: column.sessionId, groupId: column.groupId, customKindId });
  const keys =
    column.afterCardId === undefined
      ? keysAtEnd(ctx.sql.get(lastPositionOnBoard, { sessionId: column.sessionId })?.position ?? null, cards.length)
      : keysAfter(columnOfBoard(ctx, column.sessionId, { groupId: column.groupId, kind, customKindId }, new Set()), column.afterCardId, cards.length);
  if (!keys) throw staleColumn(column.afterCardId!);
  const now = ctx.now();
  return cards.map(
    (card, i) =>
      ctx.sql.get(insertCard, {
        id: card.id,
        workshop_id: session.workshop_id,
        session_id: column.sessionId,
        group_id: column.groupId,
        kind,
        custom_kind_id: customKindId,
        text: card.text,
        position: keys[i]!,
        tag: column.tag ?? null,
        author: column.author ?? null,
        who: column.who ?? null,
        by_when: column.byWhen ?? null,
        indicator: column.indicator ?? null,
        cluster_id: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })!,
  );
}

/** Moves cards (in the given order, one after another) where the shared rules put them. */
function moveCards(ctx: CoreContext, ids: readonly string[], to: Placement): CardRow[] {
  const moving = loadBoardCards(ctx, ids);
  const sessionId = moving[0]!.session_id;
  const session = assertBoardOpen(ctx, sessionId);
  const dims = placementDimensions(to);
  checkDimensions(ctx, { workshopId: session.workshop_id, sessionId, ...dims });
  const column = columnOfBoard(ctx, sessionId, dims, new Set(ids));
  const spots = planMove(moving.map(spotOfRow), to, column, (clusterId) => clusterMembers(ctx, clusterId));
  if (!spots) throw staleColumn(to.afterCardId!);
  return writeSpots(ctx, spots, ctx.now());
}

/** Deletes (softly, so an undo brings them back in place) or restores cards of one board. */
function setCardsDeleted(ctx: CoreContext, ids: readonly string[], deleted: boolean): CardRow[] {
  const cards = loadBoardCards(ctx, ids, { deleted: !deleted });
  assertBoardOpen(ctx, cards[0]!.session_id);
  const now = ctx.now();
  return cards.map((card) => ctx.sql.get(setDeleted, { id: card.id, deleted_at: deleted ? now : null, updated_at: now })!);
}

function duplicateIds() {
  return new AppError('invalid_input', 'A card is listed twice', { fields: [{ path: 'ids', problem: 'invalid' }] });
}

/** The caller's view of the column is stale (the card moved or was deleted meanwhile). */
function staleColumn(afterCardId: string) {
  return new AppError('conflict', `Card ${afterCardId} is not in the target column`, { entity: 'card' });
}

/** Every card change commits its rows and announces them in one event. */
export async function saveCards(ctx: CoreContext, change: () => CardRow[]): Promise<Card[]> {
  return write(ctx, async () => {
    const cards = change().map(toCard);
    return { value: cards, events: cards.length ? [{ type: 'cards.saved', sessionId: cards[0]!.sessionId, cards }] : [] };
  });
}

function single(cards: Card[]): Card {
  return cards[0]!;
}
