/**
 * What is being dragged right now (an item id), if anything. Kept outside React state on purpose:
 * the keyboard handler and the cards only need to ask, and nothing should re-render for it.
 */
let active: string | null = null;

export function isDragActive(): boolean {
  return active !== null;
}

export function draggedItem(): string | null {
  return active;
}

export function setDraggedItem(id: string | null) {
  active = id;
}
