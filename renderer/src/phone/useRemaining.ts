import { useEffect, useState } from 'react';
import type { TimerState } from '#shared/model.ts';

/**
 * Milliseconds left on the board's timer, on the laptop's clock: `offset` is how far the
 * laptop's clock is ahead of this phone's (a phone's clock may be minutes off).
 */
export function useRemaining(timer: TimerState, offset: number): number {
  const [now, setNow] = useState(() => Date.now());
  const { endsAt, remainingMs } = timer;
  useEffect(() => {
    if (endsAt === null) return;
    const tick = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(tick);
  }, [endsAt]);
  if (endsAt === null) return remainingMs;
  return Math.max(0, Date.parse(endsAt) - (now + offset));
}

/** `9:05` */
export function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds < 10 ? '0' : ''}${seconds}`;
}

/** How far the laptop's clock is ahead of this phone's, from the time it stamped on what it sent. */
export function clockOffset(sentAt: string): number {
  return Date.parse(sentAt) - Date.now();
}
