import { KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';

/**
 * A list put in order by dragging an item's handle: with the mouse or a finger, or with Space,
 * the arrow keys and Space again. A drop is said as "put `id` right after `afterId`" (null: first),
 * the way the core's order keys are placed.
 */
export function useSortableList(ids: readonly string[], onMove: (id: string, afterId: string | null) => void) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    // Instant, not smooth: a scroll still running when the next arrow came made the order vary.
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, scrollBehavior: 'instant' }),
  );

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const order = arrayMove([...ids], ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    const index = order.indexOf(String(active.id));
    onMove(String(active.id), index > 0 ? (order[index - 1] ?? null) : null);
  }

  return { sensors, onDragEnd };
}
