import { useEffect, useRef, useState } from 'react';
import type { TimerState } from '#shared/model.ts';
import { playChime } from './chime.ts';

/** Milliseconds left on a timer, ticking while it runs; chimes once when it reaches zero. */
export function useRemaining(timer: TimerState): number {
  const compute = () => (timer.endsAt ? Math.max(0, Date.parse(timer.endsAt) - Date.now()) : timer.remainingMs);
  const [remaining, setRemaining] = useState(compute);
  const chimedFor = useRef<string | null>(null);

  useEffect(() => {
    const tick = () => {
      const left = timer.endsAt ? Math.max(0, Date.parse(timer.endsAt) - Date.now()) : timer.remainingMs;
      setRemaining(left);
      // Only a window that saw the time run out chimes, and only once per run.
      if (timer.endsAt && left === 0 && chimedFor.current !== timer.endsAt) {
        chimedFor.current = timer.endsAt;
        if (Date.now() - Date.parse(timer.endsAt) < 5000) playChime();
      }
    };
    tick();
    if (!timer.endsAt) return;
    const interval = window.setInterval(tick, 250);
    return () => window.clearInterval(interval);
  }, [timer.endsAt, timer.remainingMs]);

  return remaining;
}

/** "09:41"; an hour or more as "1:05:00". */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
