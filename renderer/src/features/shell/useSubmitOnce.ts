import { useRef, useState } from 'react';

/**
 * An action that runs once at a time: a double click, or Enter pressed again while the first
 * save is on its way, does nothing, so a tired hand never creates two of anything. `busy` is
 * for disabling the button; the ref guards the clicks that come before React re-renders.
 */
export function useSubmitOnce<Args extends unknown[]>(action: (...args: Args) => Promise<unknown>): { busy: boolean; run: (...args: Args) => Promise<void> } {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  async function run(...args: Args) {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await action(...args);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }
  return { busy, run };
}
