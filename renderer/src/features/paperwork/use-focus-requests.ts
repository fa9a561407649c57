import { useCallback, useEffect, useRef } from 'react';

/**
 * Where the keyboard goes when a page moves it on purpose: after a deletion (to the next item,
 * or to what adds one when none is left) or after a form or dialog closes (to what opened it).
 * Elements register under a key (`ref={focus.ref('photo:…')}`); `focus.move(key)` focuses the
 * element now, or as soon as it appears (a category saved for the first time) or can take it (the
 * dialog in front of it has closed).
 */
export function useFocusRequests() {
  const elements = useRef(new Map<string, HTMLElement>());
  const refs = useRef(new Map<string, (element: HTMLElement | null) => void>());
  const pending = useRef<string | null>(null);

  const take = useCallback((key: string) => {
    const element = elements.current.get(key);
    if (!element?.isConnected) return;
    element.focus();
    // Behind a dialog that is still open the element cannot take it yet: tried again after the next render.
    if (document.activeElement === element) pending.current = null;
  }, []);

  // After each render (a dialog closed), a request still open is tried again, but only when the
  // focus has fallen off the page: never taken from where the person has put it.
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (pending.current && lost) take(pending.current);
  });

  const ref = useCallback(
    (key: string) => {
      let callback = refs.current.get(key);
      if (!callback) {
        callback = (element) => {
          if (!element) return void elements.current.delete(key);
          elements.current.set(key, element);
          if (pending.current === key) take(key);
        };
        refs.current.set(key, callback);
      }
      return callback;
    },
    [take],
  );

  const move = useCallback(
    (key: string) => {
      pending.current = key;
      take(key);
    },
    [take],
  );

  return { ref, move };
}

/** After removing `items[index]`, the key of what should take the focus: the next item, the one before, or `empty`. */
export function neighbourAfterRemoval<T>(items: readonly T[], index: number, keyOf: (item: T) => string, empty: string): string {
  const next = items[index + 1] ?? items[index - 1];
  return next === undefined ? empty : keyOf(next);
}
