import type { Point } from './pointer-gesture.ts';

// Near an edge the page scrolls, faster the nearer: up to 18 px a frame (about a card every
// five frames), in a band of 15% of the screen, at most 80 px.
const FASTEST = 18;
const BAND = 0.15;
const WIDEST_BAND = 80;

/** The board's own horizontal scroller: its columns, or its grid of groups × kinds. */
export const BOARD_SCROLLER = '.board, .grid-board';

/** How far to scroll this frame along one axis, for a pointer at `at` on a screen from `start` to `end`. */
export function edgeSpeed(at: number, start: number, end: number): number {
  const band = Math.min(WIDEST_BAND, (end - start) * BAND);
  if (band <= 0) return 0;
  if (at < start + band) return -Math.round(FASTEST * Math.min(1, (start + band - at) / band));
  if (at > end - band) return Math.round(FASTEST * Math.min(1, (at - (end - band)) / band));
  return 0;
}

/**
 * A card held near an edge scrolls what is beyond it: the page up or down, the board (its own
 * horizontal scroller, 17 villages wide on a projector) left or right.
 */
export function scrollNearEdges(at: Point, board: HTMLElement | null) {
  const down = edgeSpeed(at.y, 0, window.innerHeight);
  if (down !== 0) window.scrollBy({ top: down, behavior: 'instant' });
  if (!board) return;
  const box = board.getBoundingClientRect();
  const across = edgeSpeed(at.x, Math.max(0, box.left), Math.min(window.innerWidth, box.right));
  if (across !== 0) board.scrollBy({ left: across, behavior: 'instant' });
}

/**
 * A wheel turned while a card is held scrolls the same two: the page up and down, the board
 * sideways. A wheel that reports lines moves about a line of text for each.
 */
export function scrollByWheel(event: WheelEvent, board: HTMLElement | null) {
  const step = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 40 : 1;
  if (event.deltaY !== 0) window.scrollBy({ top: event.deltaY * step, behavior: 'instant' });
  if (event.deltaX !== 0) board?.scrollBy({ left: event.deltaX * step, behavior: 'instant' });
}
