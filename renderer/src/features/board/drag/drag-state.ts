/**
 * Whether a card is being dragged right now. Kept outside React state on purpose: the keyboard
 * handler only needs to know, and nothing should re-render for it.
 */
let active = false;

export function isDragActive(): boolean {
  return active;
}

export function setDragActive(value: boolean) {
  active = value;
}
