import type { Card, CardKind } from '#shared/model.ts';
import { compareKeys, keysBetween } from '#shared/ordering.ts';
import { getState, upsertCards } from './store.ts';

/**
 * Where cards go, as the core understands it (`cards.move`): only the dimensions given change,
 * and the cards land right after `afterCardId` (or first) among the cards sharing them.
 */
export interface Placement {
  groupId?: string | null;
  kind?: CardKind;
  customKindId?: string | null;
  afterCardId: string | null;
}

/** Exactly where a card is: what an undo puts back with `cards.arrange`. */
export interface CardSpot {
  id: string;
  groupId: string | null;
  kind: CardKind;
  customKindId: string | null;
  position: string;
  clusterId: string | null;
}

export function spotOf(card: Card): CardSpot {
  const { id, groupId, kind, customKindId, position, clusterId } = card;
  return { id, groupId, kind, customKindId, position, clusterId };
}

/** Shows cards at their spots at once (the core's answer follows). */
export function showSpots(spots: readonly CardSpot[]) {
  const cards = getState().cards;
  upsertCards(spots.flatMap((spot) => (cards[spot.id] ? [{ ...cards[spot.id]!, ...spot }] : [])));
}

/** A custom kind makes a `note`; a built-in kind has no custom kind (as the core decides). */
export function dimensionsOf(to: Placement): Partial<Pick<Card, 'groupId' | 'kind' | 'customKindId'>> {
  const dims: Partial<Pick<Card, 'groupId' | 'kind' | 'customKindId'>> = {};
  if (to.groupId !== undefined) dims.groupId = to.groupId;
  if (to.kind !== undefined || to.customKindId !== undefined) {
    dims.customKindId = to.customKindId ?? null;
    dims.kind = dims.customKindId ? 'note' : (to.kind ?? 'note');
  }
  return dims;
}

/** The spots the moving cards will take: a preview of what the core will answer. */
export function spotsFor(ids: readonly string[], to: Placement): CardSpot[] {
  const state = getState();
  const moving = ids.map((id) => state.cards[id]).filter((c): c is Card => c !== undefined);
  if (moving.length === 0) return [];
  const dims = dimensionsOf(to);
  const scope = Object.values(state.cards)
    .filter((c) => c.sessionId === moving[0]!.sessionId && c.deletedAt === null && !ids.includes(c.id))
    .filter((c) => (Object.keys(dims) as Array<keyof typeof dims>).every((k) => c[k] === dims[k]))
    .sort(compareKeys);
  let index = to.afterCardId === null ? -1 : scope.findIndex((c) => c.id === to.afterCardId);
  const after = scope[index];
  if (after?.clusterId) {
    // Never inside someone else's cluster: after its last card.
    while (scope[index + 1]?.clusterId === after.clusterId) index++;
  }
  const before = index >= 0 ? scope[index]!.position : null;
  const next = scope.slice(index + 1).find((c) => before === null || c.position > before)?.position ?? null;
  const keys = keysBetween(before, next, moving.length);
  const keptClusters = clustersMovingWhole(moving);
  return moving.map((card, i) => ({
    ...spotOf(card),
    ...dims,
    position: keys[i]!,
    clusterId: card.clusterId && keptClusters.has(card.clusterId) ? card.clusterId : null,
  }));
}

function clustersMovingWhole(moving: readonly Card[]): Set<string> {
  const ids = new Set(moving.map((c) => c.id));
  const clusterIds = new Set(moving.map((c) => c.clusterId).filter((id): id is string => id !== null));
  const cards = Object.values(getState().cards);
  return new Set([...clusterIds].filter((cid) => cards.filter((c) => c.clusterId === cid && c.deletedAt === null).every((c) => ids.has(c.id))));
}
