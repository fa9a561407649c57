import type { Modifier } from '@dnd-kit/core';
import { getEventCoordinates } from '@dnd-kit/utilities';

/** How far below and to the right of the pointer the dragged card's corner follows. */
const GAP = 14;

/**
 * Dragged by pointer or touch, the card follows beside the pointer instead of under it, so the
 * drop line at the card under the pointer (`drop-line.ts`) stays in sight. A keyboard drag moves
 * the card itself from place to place and keeps it where it is.
 */
export const besidePointer: Modifier = ({ activatorEvent, draggingNodeRect, transform }) => {
  if (!activatorEvent || !draggingNodeRect || activatorEvent instanceof KeyboardEvent) return transform;
  const grabbed = getEventCoordinates(activatorEvent);
  if (!grabbed) return transform;
  return { ...transform, x: transform.x + grabbed.x - draggingNodeRect.left + GAP, y: transform.y + grabbed.y - draggingNodeRect.top + GAP };
};
