/**
 * One IntersectionObserver for the whole board: tells a card whether it is on screen or close
 * to it. Where the browser has none (happy-dom in unit tests), every card counts as near.
 */
type Listener = (near: boolean) => void;

const listeners = new Map<Element, Listener>();
let observer: IntersectionObserver | null = null;

export function watchNearScreen(node: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    listener(true);
    return () => undefined;
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting);
    },
    // A screen's worth of margin: cards are ready before a scroll or drag brings them in.
    { rootMargin: '100% 50%' },
  );
  listeners.set(node, listener);
  observer.observe(node);
  return () => {
    observer?.unobserve(node);
    listeners.delete(node);
  };
}
