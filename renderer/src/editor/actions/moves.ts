import { placementDimensions, planMove, spotOf, type CardSpot, type Placement } from '#shared/board/placement.ts';
import type { Card } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import type { StepLabel } from '../history.ts';
import { run, type Draft, type MutationFactory } from '../runner.ts';

/**
 * Moves one card or several (kept in the given order): a drop, a key, or "move to" in a card's
 * menu. Shown at once where the shared rules put it, saved in one call, undone by putting every
 * card back exactly where it was. Resolves with the saved cards, or undefined when nothing moved.
 */
export function moveCards(editor: BoardEditor, ids: readonly string[], to: Placement) {
  return run(move(editor, ids, to));
}

function move(editor: BoardEditor, ids: readonly string[], to: Placement): MutationFactory<Card[]> {
  return () => {
    const moving = ids.flatMap((id) => editor.liveCard(id) ?? []);
    if (moving.length === 0) return null;
    const before = moving.map(spotOf);
    const column = editor.column(placementDimensions(to), new Set(ids));
    // Null: this window's board is older than the core's; the core decides (and says why).
    const spots = planMove(before, to, column, (clusterId) => editor.clusterMembers(clusterId));
    if (spots && looksTheSame(editor, before, spots)) return null;
    return {
      label: 'move',
      ...(spots ? { preview: (draft: Draft) => showSpots(editor, draft, spots) } : {}),
      save: async () => (moving.length === 1 ? [await call('cards.move', { id: moving[0]!.id, ...to })] : call('cards.moveMany', { ids: moving.map((c) => c.id), ...to })),
      reconcile: (saved) => editor.cards.accept(saved),
      inverse: () => arrangement(editor, before),
    };
  };
}

/** Puts cards exactly at the given spots (an undo of a move, a merge, a kind removed). */
export function arrangement(editor: BoardEditor, spots: readonly CardSpot[], label: StepLabel = 'move'): MutationFactory<Card[]> {
  return () => {
    const before = spots.flatMap((spot) => editor.cards.get(spot.id) ?? []).map(spotOf);
    if (spots.length === 0) return null;
    return {
      label,
      preview: (draft) => showSpots(editor, draft, spots),
      save: () => call('cards.arrange', { cards: [...spots] }),
      reconcile: (saved) => editor.cards.accept(saved),
      inverse: () => arrangement(editor, before, label),
    };
  };
}

/** Shows cards at their spots at once (the core's answer follows). */
export function showSpots(editor: BoardEditor, draft: Draft, spots: readonly CardSpot[]) {
  draft.show(
    editor.cards,
    spots.flatMap((spot) => {
      const card = editor.cards.get(spot.id);
      return card ? [{ ...card, ...spot }] : [];
    }),
  );
}

/**
 * A drop where the cards already are: same column, cluster and neighbours. A new key for nothing
 * would only cost a save and an undo step; compare what a person sees.
 */
function looksTheSame(editor: BoardEditor, before: readonly CardSpot[], after: readonly CardSpot[]): boolean {
  return before.every((a, i) => {
    const b = after[i]!;
    if (a.groupId !== b.groupId || a.kind !== b.kind || a.customKindId !== b.customKindId || a.clusterId !== b.clusterId) return false;
    const others = editor.column({ groupId: a.groupId, kind: a.kind, customKindId: a.customKindId }, new Set(before.map((s) => s.id)));
    // No card of the column sorts between the old and the new place.
    const low = a.position < b.position ? a.position : b.position;
    const high = a.position < b.position ? b.position : a.position;
    const next = others.firstAfter(low);
    return next === undefined || next.position >= high;
  });
}
