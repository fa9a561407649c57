import type { Card } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { showSpots, spotOf, spotsFor, type CardSpot, type Placement } from './placement.ts';
import { getState, upsertCards } from './store.ts';
import { recordStep } from './undo.ts';

export type { Placement } from './placement.ts';

/**
 * Moves one card or several selected cards (kept in the given order): by drag and drop, by
 * keyboard, or from a card's "move to group" menu. Shown at once, saved once, undone by putting
 * every card back exactly where it was.
 */
export async function moveCards(ids: readonly string[], to: Placement): Promise<boolean> {
  const befores = ids.map((id) => getState().cards[id]).filter((c): c is Card => c !== undefined);
  if (befores.length === 0) return false;
  const preview = spotsFor(ids, to);
  if (preview.every((spot, i) => sameSpot(spot, spotOf(befores[i]!)))) return false;
  showSpots(preview);
  try {
    const saved = ids.length === 1 ? [await call('cards.move', { id: ids[0]!, ...to })] : await call('cards.moveMany', { ids: [...ids], ...to });
    upsertCards(saved);
    const after = saved.map(spotOf);
    const before = befores.map(spotOf);
    recordStep({ action: 'move', undo: () => arrangeSaved(before), redo: () => arrangeSaved(after) });
    return true;
  } catch (error) {
    upsertCards(befores);
    notifyError(error);
    return false;
  }
}

export function moveCard(id: string, to: Placement): Promise<boolean> {
  return moveCards([id], to);
}

/** Puts cards exactly at the given spots, shown at once and saved in one change. */
export async function arrangeSaved(spots: readonly CardSpot[]): Promise<void> {
  if (spots.length === 0) return;
  showSpots(spots);
  upsertCards(await call('cards.arrange', { cards: [...spots] }));
}

function sameSpot(a: CardSpot, b: CardSpot): boolean {
  // Same column and same neighbours would give a new key for nothing; compare what a person sees.
  return a.groupId === b.groupId && a.kind === b.kind && a.customKindId === b.customKindId && a.clusterId === b.clusterId && sameNeighbours(a, b);
}

function sameNeighbours(a: CardSpot, b: CardSpot): boolean {
  const sessionId = getState().cards[a.id]?.sessionId;
  const others = Object.values(getState().cards).filter(
    (c) => c.id !== a.id && c.sessionId === sessionId && c.deletedAt === null && c.groupId === a.groupId && c.kind === a.kind,
  );
  return !others.some((c) => (c.position > a.position) !== (c.position > b.position));
}
