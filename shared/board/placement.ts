import type { CardKind } from '../model.ts';
import { keysBetween } from '../ordering.ts';
import { resolveKind } from './kinds.ts';

/**
 * Where cards land on a board, said once: the core decides with these functions and the board
 * previews with the same ones, so what a person sees while a save is on its way is what the core
 * will answer. The core reads a column through SQL, the board through its state; both hand it in
 * as a `Column`.
 */

/** Exactly where a card is: what a move changes and an undo puts back (`cards.arrange`). */
export interface CardSpot {
  id: string;
  groupId: string | null;
  kind: CardKind;
  customKindId: string | null;
  position: string;
  clusterId: string | null;
}

export function spotOf({ id, groupId, kind, customKindId, position, clusterId }: CardSpot): CardSpot {
  return { id, groupId, kind, customKindId, position, clusterId };
}

/**
 * Where cards go (`cards.move`): only the dimensions given change (a group, a kind), and the
 * cards land right after `afterCardId` (or first) among the cards that share every given
 * dimension, so one move works in every layout (columns per group, group × kind, per kind).
 */
export interface Placement {
  groupId?: string | null | undefined;
  kind?: CardKind | undefined;
  customKindId?: string | null | undefined;
  afterCardId: string | null;
}

export type Dimensions = Partial<Pick<CardSpot, 'groupId' | 'kind' | 'customKindId'>>;

/** The dimensions a placement sets: its group if given, and its kind (an own kind makes a note). */
export function placementDimensions(to: Omit<Placement, 'afterCardId'>): Dimensions {
  const dims: Dimensions = {};
  if (to.groupId !== undefined) dims.groupId = to.groupId;
  if (to.kind !== undefined || to.customKindId !== undefined) Object.assign(dims, resolveKind(to.kind ?? 'note', to.customKindId ?? null));
  return dims;
}

export function sharesDimensions(card: Pick<CardSpot, 'groupId' | 'kind' | 'customKindId'>, dims: Dimensions): boolean {
  return (
    (dims.groupId === undefined || card.groupId === dims.groupId) &&
    (dims.kind === undefined || card.kind === dims.kind) &&
    (dims.customKindId === undefined || card.customKindId === dims.customKindId)
  );
}

export interface ColumnCard {
  id: string;
  position: string;
  clusterId: string | null;
}

/** The live cards of one column in board order, the moving cards left out, as a placement reads them. */
export interface Column {
  find(id: string): ColumnCard | undefined;
  /** The last card of a cluster in this column. */
  lastOfCluster(clusterId: string): ColumnCard | undefined;
  /** The first card whose key sorts after `position` (the first card of all when null). */
  firstAfter(position: string | null): ColumnCard | undefined;
}

/** A column over cards already in board order. */
export function columnOf(sorted: readonly ColumnCard[]): Column {
  return {
    find: (id) => sorted.find((c) => c.id === id),
    lastOfCluster: (clusterId) => sorted.findLast((c) => c.clusterId === clusterId),
    firstAfter: (position) => (position === null ? sorted[0] : sorted.find((c) => c.position > position)),
  };
}

/**
 * Keys for `n` cards landing right after `afterCardId` (first when null), or null when that card
 * is not in the column (the caller saw the board before it changed).
 */
export function keysAfter(column: Column, afterCardId: string | null, n: number): string[] | null {
  if (afterCardId === null) return keysBetween(null, column.firstAfter(null)?.position ?? null, n);
  let after = column.find(afterCardId);
  if (!after) return null;
  // A card never lands inside a cluster it does not belong to: it goes after the cluster.
  if (after.clusterId !== null) after = column.lastOfCluster(after.clusterId) ?? after;
  return keysBetween(after.position, column.firstAfter(after.position)?.position ?? null, n);
}

/** Keys for `n` new cards: last on the whole board, so they are last in every layout's column too. */
export function keysAtEnd(lastPositionOnBoard: string | null, n: number): string[] {
  return keysBetween(lastPositionOnBoard, null, n);
}

/**
 * Which clusters the moving cards keep: a cluster that travels whole stays together; cards that
 * leave one stand alone again. `membersOf` gives a cluster's live cards.
 */
export function clustersMovingWhole(moving: readonly Pick<CardSpot, 'id' | 'clusterId'>[], membersOf: (clusterId: string) => readonly string[]): Set<string> {
  const ids = new Set(moving.map((c) => c.id));
  const clusterIds = new Set(moving.flatMap((c) => (c.clusterId === null ? [] : [c.clusterId])));
  return new Set([...clusterIds].filter((clusterId) => membersOf(clusterId).every((id) => ids.has(id))));
}

/**
 * Where moving cards end up (in the given order, one after another), or null when the column
 * changed under the caller. `column` is the target column without the moving cards.
 */
export function planMove(moving: readonly CardSpot[], to: Placement, column: Column, membersOf: (clusterId: string) => readonly string[]): CardSpot[] | null {
  const keys = keysAfter(column, to.afterCardId, moving.length);
  if (!keys) return null;
  const dims = placementDimensions(to);
  const kept = clustersMovingWhole(moving, membersOf);
  return moving.map((card, i) => ({
    ...spotOf(card),
    ...dims,
    position: keys[i]!,
    clusterId: card.clusterId !== null && kept.has(card.clusterId) ? card.clusterId : null,
  }));
}

/**
 * Merging duplicates into a cluster: every card stays in its group and column (a cluster may span
 * groups: several kabupaten face one challenge, and each keeps its card); in each column the
 * others line up right after the first of them, and all join the cluster (leaving any they were
 * in). `columnOf` reads a column without the cards being lined up in it.
 */
export function planMerge(
  cards: readonly CardSpot[],
  columnOf: (dims: Required<Dimensions>, except: ReadonlySet<string>) => Column,
  clusterId: string,
): CardSpot[] {
  const plans: CardSpot[] = [];
  for (const [anchor, ...others] of byColumn(cards)) {
    const { groupId, kind, customKindId } = anchor;
    const next = columnOf({ groupId, kind, customKindId }, new Set(others.map((c) => c.id))).firstAfter(anchor.position);
    const keys = keysBetween(anchor.position, next?.position ?? null, others.length);
    plans.push({ ...spotOf(anchor), clusterId }, ...others.map((card, i) => ({ ...spotOf(card), position: keys[i]!, clusterId })));
  }
  return plans;
}

/** The cards by the column (group, kind, own kind) they stand in, in the order given. */
function byColumn(cards: readonly CardSpot[]): Array<[CardSpot, ...CardSpot[]]> {
  const columns = new Map<string, [CardSpot, ...CardSpot[]]>();
  for (const card of cards) {
    const key = JSON.stringify([card.groupId, card.kind, card.customKindId]);
    const column = columns.get(key);
    if (column) column.push(card);
    else columns.set(key, [card]);
  }
  return [...columns.values()];
}
