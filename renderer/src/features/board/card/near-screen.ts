/**
 * One IntersectionObserver for the whole board: tells a card whether it is on screen or close
 * to it. Where the browser has none (happy-dom in unit tests), every card counts as near.
 * While a card is dragged by pointer the observer rests (`pauseWatching`): with 2,000 cards it computed
 * every card's intersection on every frame of the drag's auto-scroll, and a card may not turn
 * back during a drag anyway.
 */
type Listener = (near: boolean) => void;

const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;
let paused = false;

export function watchNearScreen(node: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    listener(true);
    return () => undefined;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    // Half a screen above and below, a quarter to each side: cards are full before a scroll brings
    // them in. Every full card redraws on each step of a drag (dnd-kit), so the margin is the
    // drag's cost: a whole screen (81 full cards on the bench board) made steps of 30-45 ms.
    { rootMargin: '50% 25%' },
  );
  listeners.set(node, listener);
  // While paused (or until the idle resume), new cards wait; `resumeWatching` observes them all.
  if (!paused) observer.observe(node);
  return () => {
    observer?.unobserve(node);
    listeners.delete(node);
  };
}

/** A pointer drag starts: no intersections computed until it ends. */
export function pauseWatching() {
  if (paused || !observer) return;
  paused = true;
  observer.disconnect();
}

/**
 * The drag ended: every card is watched again (and told where it is), once the page is idle: the
 * first intersections of 2,000 cards would otherwise delay the drop's own save and its news.
 */
export function resumeWatching() {
  if (!paused || !observer) return;
  paused = false;
  const watchAll = () => {
    if (paused) return;
    for (const node of listeners.keys()) observer?.observe(node);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(watchAll, { timeout: 500 });
  else setTimeout(watchAll, 0);
}
