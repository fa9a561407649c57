import { KeyboardCode, type DroppableContainers, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { cellDropId } from './cells.ts';

/**
 * Where an arrow carries an item in a keyboard drag: dnd-kit's sortable search, with Up and Down
 * kept to what stands in the item's own column. On a room's board (17 narrow columns) the columns
 * are as far apart as the rows of cards, so the card beside it in the next column, a fraction of a
 * pixel lower, counted as "below" and as near as the next card down: at each Down the carried card
 * swung between two villages. Left and Right still search the whole board.
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
  return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: column as unknown as DroppableContainers } });
};
