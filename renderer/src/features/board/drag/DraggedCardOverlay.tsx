import { DragOverlay, useDndContext } from '@dnd-kit/core';
import { DragPreview } from '../card/CardItem.tsx';

/**
 * What a keyboard drag carries from place to place (a pointer's preview is `PointerDragLayer`).
 * It reads the dragged item from dnd-kit, not from the board's state, so picking a card up and
 * dropping it do not draw the whole board page again.
 */
export function DraggedCardOverlay() {
  const { active } = useDndContext();
  return (
    <DragOverlay className="drag-overlay" dropAnimation={null}>
      {active ? <DragPreview itemId={String(active.id)} /> : null}
    </DragOverlay>
  );
}
