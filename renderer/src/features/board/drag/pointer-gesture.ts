/** A place on the screen, in the page's viewport (client) coordinates. */
export interface Point {
  x: number;
  y: number;
}

/** What a pointer drag tells the board, in order: start, moves, then drop or cancel. */
export interface GestureHandlers {
  start(at: Point): void;
  move(at: Point): void;
  drop(at: Point): void;
  cancel(): void;
}

// A mouse or a pen drags once it has moved 6 px: a click that trembles stays a click. A finger
// drags after resting 180 ms within 8 px, so a swipe over the cards still scrolls the board.
const MOUSE_DISTANCE = 6;
const TOUCH_HOLD_MS = 180;
const TOUCH_TOLERANCE = 8;

/**
 * Follows one press of a pointer on a card or a cluster until it is released: a drag if it moves
 * (or, by touch, rests) enough, else nothing (the click goes through). Escape, a pointer the
 * browser takes back (a swipe that became a scroll) or a window that loses focus cancel the drag.
 * The board's own drag layer (`usePointerDrag`): dnd-kit's sensors re-render every sortable card
 * when a drag starts and ends, which on a large board was most of a drop's time.
 */
export function followPointer(down: PointerEvent, handlers: GestureHandlers): void {
  if (!down.isPrimary || down.button !== 0) return;
  const origin = { x: down.clientX, y: down.clientY };
  const touch = down.pointerType === 'touch';
  let started = false;
  let last = origin;
  const hold = touch ? window.setTimeout(() => begin(last), TOUCH_HOLD_MS) : undefined;
  const farFrom = (at: Point, limit: number) => Math.hypot(at.x - origin.x, at.y - origin.y) > limit;

  function begin(at: Point) {
    started = true;
    window.clearTimeout(hold);
    window.getSelection()?.removeAllRanges();
    handlers.start(at);
  }
  function onMove(event: PointerEvent) {
    if (event.pointerId !== down.pointerId) return;
    last = { x: event.clientX, y: event.clientY };
    if (!started) {
      if (touch) return farFrom(last, TOUCH_TOLERANCE) ? stop() : undefined;
      if (!farFrom(last, MOUSE_DISTANCE)) return;
      begin(last);
    }
    handlers.move(last);
  }
  function onUp(event: PointerEvent) {
    if (event.pointerId !== down.pointerId) return;
    const dragged = started;
    stop();
    if (!dragged) return;
    swallowNextClick();
    handlers.drop({ x: event.clientX, y: event.clientY });
  }
  function cancel() {
    const dragged = started;
    stop();
    if (dragged) handlers.cancel();
  }
  function onCancel(event: PointerEvent) {
    if (event.pointerId === down.pointerId) cancel();
  }
  function onKey(event: KeyboardEvent) {
    if (!started) return;
    // Keys do nothing else while a card is in the hand (they would act on the focused card).
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'Escape') cancel();
  }
  // A card held by a finger must not scroll the page under it, nor open the long-press menu.
  const holdStill = (event: Event) => started && event.cancelable && event.preventDefault();
  const noMenu = (event: Event) => (started || touch) && event.preventDefault();

  const listeners: Array<[string, EventListener, AddEventListenerOptions]> = [
    ['pointermove', onMove as EventListener, {}],
    ['pointerup', onUp as EventListener, {}],
    ['pointercancel', onCancel as EventListener, {}],
    ['keydown', onKey as EventListener, { capture: true }],
    ['blur', cancel, {}],
    ['touchmove', holdStill, { passive: false }],
    ['selectstart', holdStill, {}],
    ['contextmenu', noMenu, {}],
  ];
  for (const [type, listener, options] of listeners) window.addEventListener(type, listener, options);
  function stop() {
    window.clearTimeout(hold);
    for (const [type, listener, options] of listeners) window.removeEventListener(type, listener, options);
  }
}

/**
 * The click that follows a drag's release is not a click on the card or the column under it
 * (it would select a card, or follow a link). It comes in the same task as the release, if at all.
 */
function swallowNextClick() {
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
  };
  window.addEventListener('click', swallow, { capture: true, once: true });
  window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
}
