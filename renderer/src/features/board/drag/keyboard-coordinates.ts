import { KeyboardCode, type DroppableContainer, type DroppableContainers, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { cellDropId } from './cells.ts';

/**
 * Where an arrow carries an item in a keyboard drag: dnd-kit's sortable search, with Up and Down
 * kept to what stands in the item's own column. On a room's board (17 narrow columns) the columns
 * are as far apart as the rows of cards, so the card beside it in the next column, a fraction of a
 * pixel lower, counted as "below" and as near as the next card down: at each Down the carried card
 * swung between two villages. Left and Right still search the whole board.
 *
 * A step into another cell reached one item there, and the item in hand takes its place: the drag's
 * collision detection is told which (`takeStepTarget`). Left to find it again from the preview's
 * rectangle, it chose by corners: a cluster, taller than the cards, went in one place lower than
 * where its preview was drawn.
 *
 * Up from a lane's first card (a board by group and kind) reaches the last item of the lane above.
 * dnd-kit would put the carried card in that item's place, before it; pressing Up from below, a
 * person expects it at that lane's end. So that step goes to the lane itself (an item over a lane
 * lands at its end) and the card is drawn where it will stand, below that last item.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableContainers, droppableRects } = args.context;
  const vertical = event.code === KeyboardCode.Down || event.code === KeyboardCode.Up;
  if (!collisionRect || !(vertical || event.code === KeyboardCode.Left || event.code === KeyboardCode.Right)) return sortableKeyboardCoordinates(event, args);
  const ownCell = active?.data.current?.sortable?.containerId;
  const candidates = vertical ? inColumn(droppableContainers, droppableRects, collisionRect, ownCell) : droppableContainers.getEnabled();
  // dnd-kit's search reads the droppables through these two only (@dnd-kit/sortable 10).
  const searched = { getEnabled: () => candidates, get: (id: UniqueIdentifier | null | undefined) => droppableContainers.get(id) };
  const coordinates = sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: searched as unknown as DroppableContainers } });
  if (!coordinates) return coordinates;

  // Into another cell, dnd-kit's search answers with the top left corner of the item it reached.
  const reached = candidates.find((entry) => {
    const rect = droppableRects.get(entry.id);
    return rect !== undefined && rect.left === coordinates.x && rect.top === coordinates.y;
  });
  const cell = reached?.data.current?.sortable?.containerId;
  const reachedRect = reached ? droppableRects.get(reached.id) : undefined;
  if (!reached || !reachedRect || cell === undefined || cell === ownCell) return coordinates;
  if (event.code !== KeyboardCode.Up) {
    stepTarget = reached.id;
    return coordinates;
  }
  stepTarget = cellDropId(String(cell));
  return { x: reachedRect.left, y: reachedRect.bottom + gapBelow(reached) };
};

/**
 * What stands in the carried item's column, below or above it. Not its own cell: its top stood
 * nearest above the cell's first item, and Up there did nothing (a grid's lane could not be left
 * upwards).
 */
function inColumn(droppables: DroppableContainers, rects: Map<UniqueIdentifier, { left: number; width: number }>, collisionRect: { left: number; width: number }, ownCell: UniqueIdentifier | undefined) {
  return droppables.getEnabled().filter((entry) => {
    if (ownCell !== undefined && entry.id === cellDropId(String(ownCell))) return false;
    const rect = rects.get(entry.id);
    if (!rect) return false;
    const middle = rect.left + rect.width / 2;
    return middle >= collisionRect.left && middle <= collisionRect.left + collisionRect.width;
  });
}

let stepTarget: UniqueIdentifier | null = null;

/**
 * Where the last arrow went in another cell, once: the item the carried one takes the place of,
 * or the lane it goes to the end of. The drag's collision detection answers that for the step.
 */
export function takeStepTarget(): UniqueIdentifier | null {
  const target = stepTarget;
  stepTarget = null;
  return target;
}

/** The room between an item and the next one in its list (CSS decides it). */
function gapBelow(item: DroppableContainer): number {
  const list = item.node.current?.parentElement;
  return list ? Number.parseFloat(getComputedStyle(list).rowGap) || 0 : 0;
}
