import { DragOverlay, useDndContext } from '@dnd-kit/core';
import { DragPreview } from '../card/CardItem.tsx';
import { besidePointer } from './beside-pointer.ts';

/** Made once: the overlay renders again at every step of a drag. */
const MODIFIERS = [besidePointer];

/**
 * What follows the pointer while a card or cluster is dragged. It reads the dragged item from
 * dnd-kit, not from the board's state, so picking a card up and dropping it do not draw the whole
 * board page again.
 */
export function DraggedCardOverlay() {
  const { active } = useDndContext();
  return (
    <DragOverlay className="drag-overlay" dropAnimation={null} modifiers={MODIFIERS}>
      {active ? <DragPreview itemId={String(active.id)} /> : null}
    </DragOverlay>
  );
}
