import { useEffect, useState } from 'react';

/** True once a state that began at `since` (a `Date.now()`; null while not in it) has lasted `ms`. */
export function useLasting(since: number | null, ms: number): boolean {
  const [lasted, setLasted] = useState<number | null>(null);
  useEffect(() => {
    if (since === null) return;
    const timer = window.setTimeout(() => setLasted(since), Math.max(0, since + ms - Date.now()));
    return () => window.clearTimeout(timer);
  }, [since, ms]);
  return since !== null && lasted === since;
}
