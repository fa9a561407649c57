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
 * Up from a lane's first card (a board by group and kind) reaches the last item of the lane above.
 * dnd-kit would put the carried card in that item's place, before it; pressing Up from below, a
 * person expects it at that lane's end. So that step goes to the lane itself (`takeLaneEntered`,
 * for the drag's collision detection: an item over a lane lands at its end) and the card is drawn
 * where it will stand, below that last item.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableContainers, droppableRects } = args.context;
  if ((event.code !== KeyboardCode.Down && event.code !== KeyboardCode.Up) || !collisionRect) return sortableKeyboardCoordinates(event, args);
  // The item's own cell is no place to go: its top stood nearest above the cell's first item, and
  // Up there did nothing (a grid's lane could not be left upwards).
  const ownCell = active?.data.current?.sortable?.containerId;
  const inColumn = droppableContainers.getEnabled().filter((entry) => {
    if (ownCell !== undefined && entry.id === cellDropId(String(ownCell))) return false;
    const rect = droppableRects.get(entry.id);
    if (!rect) return false;
    const middle = rect.left + rect.width / 2;
    return middle >= collisionRect.left && middle <= collisionRect.left + collisionRect.width;
  });
  // dnd-kit's search reads the droppables through these two only (@dnd-kit/sortable 10).
  const column = { getEnabled: () => inColumn, get: (id: UniqueIdentifier | null | undefined) => droppableContainers.get(id) };
  const coordinates = sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: column as unknown as DroppableContainers } });
  if (event.code !== KeyboardCode.Up || !coordinates) return coordinates;

  // Into another cell, dnd-kit's search answers with the top left corner of the item it reached.
  const reached = inColumn.find((entry) => {
    const rect = droppableRects.get(entry.id);
    return rect !== undefined && rect.left === coordinates.x && rect.top === coordinates.y;
  });
  const lane = reached?.data.current?.sortable?.containerId;
  const reachedRect = reached ? droppableRects.get(reached.id) : undefined;
  if (!reached || !reachedRect || lane === undefined || lane === ownCell) return coordinates;
  laneEntered = cellDropId(String(lane));
  return { x: reachedRect.left, y: reachedRect.bottom + gapBelow(reached) };
};

let laneEntered: UniqueIdentifier | null = null;

/** The lane the last Up went into from below, once: the collision detection's answer for that step. */
export function takeLaneEntered(): UniqueIdentifier | null {
  const lane = laneEntered;
  laneEntered = null;
  return lane;
}

/** The room between an item and the next one in its list (CSS decides it). */
function gapBelow(item: DroppableContainer): number {
  const list = item.node.current?.parentElement;
  return list ? Number.parseFloat(getComputedStyle(list).rowGap) || 0 : 0;
}
