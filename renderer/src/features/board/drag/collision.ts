import { closestCorners, pointerWithin, type Collision, type CollisionDetection } from '@dnd-kit/core';
import { DROP_PREFIX } from './cells.ts';

/**
 * With a pointer, the cell under it first (20 or so), then the card or cluster of that cell under
 * the pointer's height, or the nearest to it: measuring all of a 2,000-card board's sortable cards
 * on every pointer step was a large part of a drag's frame, and the drop line goes by the card
 * under the pointer. The keyboard keeps dnd-kit's whole-board search.
 */
export const closestInCellUnderPointer: CollisionDetection = (args) => {
  const pointer = args.pointerCoordinates;
  const cells = args.droppableContainers.filter((c) => String(c.id).startsWith(DROP_PREFIX));
  const cell = pointer ? pointerWithin({ ...args, droppableContainers: cells })[0] : undefined;
  if (!pointer || !cell) return closestCorners(args);
  const key = String(cell.id).slice(DROP_PREFIX.length);
  let nearest: Collision | null = null;
  let nearestDistance = Infinity;
  for (const item of args.droppableContainers) {
    if (item.data.current?.sortable?.containerId !== key) continue;
    const rect = args.droppableRects.get(item.id);
    if (!rect) continue;
    const distance = pointer.y < rect.top ? rect.top - pointer.y : pointer.y > rect.bottom ? pointer.y - rect.bottom : 0;
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = { id: item.id, data: { droppableContainer: item, value: distance } };
    }
  }
  return [nearest ?? cell];
};
