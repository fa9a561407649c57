import { useEffect, useState } from 'react';
import type { AppEvent } from '#shared/events.ts';
import { subscribe } from '../../api/client.ts';
import { notifyError } from '../../editor/notices.ts';

/**
 * Data a paperwork page reads from the core and keeps current from the core's events (another
 * window, the projector, a second laptop through the host): loaded once per key, then each event
 * may replace it. Awards, photos and minutes live here rather than in the board's store.
 */
export function useLive<T>(key: string, load: () => Promise<T>, apply: (current: T, event: AppEvent) => T): T | null {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ key, value }),
      (error: unknown) => live && notifyError(error),
    );
    const unsubscribe = subscribe((event) => setState((current) => (current && current.key === key ? { key, value: apply(current.value, event) } : current)));
    return () => {
      live = false;
      unsubscribe();
    };
    // `load` and `apply` are read once per key: callers pass inline functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state && state.key === key ? state.value : null;
}

/** Runs a call; shows the core's refusal in the user's words and resolves with `null` instead. */
export async function attempt<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    notifyError(error);
    return null;
  }
}
