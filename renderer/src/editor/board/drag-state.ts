import { create } from 'zustand';

/**
 * What is being dragged right now (an item id), if anything, and by what: the keyboard (dnd-kit,
 * `useBoardDrag`) or a pointer (`usePointerDrag`). The keyboard handler and the cards only ask;
 * the one card a pointer holds follows it (`useHeldByPointer`), so a pick-up or a drop re-renders
 * that card and nothing else.
 */
interface DragState {
  item: string | null;
  by: 'keys' | 'pointer' | null;
}

const useDragState = create<DragState>(() => ({ item: null, by: null }));

export function isDragActive(): boolean {
  return useDragState.getState().item !== null;
}

export function draggedItem(): string | null {
  return useDragState.getState().item;
}

export function setDraggedItem(item: string | null, by: DragState['by'] = null) {
  useDragState.setState({ item, by: item === null ? null : by });
}

/** Whether a pointer holds this item now (it stays in its place, faded, while its preview moves). */
export function useHeldByPointer(item: string): boolean {
  return useDragState((s) => s.by === 'pointer' && s.item === item);
}
