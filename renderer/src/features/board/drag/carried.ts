import type { BoardEditor } from '../../../editor/board/board-editor.ts';
import { clusterOfItem } from '../../../editor/board/view.ts';

/**
 * The cards a dragged item carries: a cluster's cards (all of them, from every column that shows
 * it: a cluster that travels whole stays together, `clustersMovingWhole`), the selection, or the
 * card alone.
 */
export function carriedCards(editor: BoardEditor, itemId: string): string[] {
  const clusterId = clusterOfItem(itemId);
  if (clusterId) return editor.clusterMembers(clusterId);
  const selection = editor.ui.selection;
  if (!selection.includes(itemId)) return [itemId];
  return editor
    .liveCards()
    .filter((c) => selection.includes(c.id))
    .map((c) => c.id);
}

/** How many cards besides itself a dragged card takes along (the rest of the selection); none for a cluster, whose cards show in it. */
export function othersCarried(editor: BoardEditor, itemId: string): number {
  return clusterOfItem(itemId) ? 0 : carriedCards(editor, itemId).length - 1;
}
