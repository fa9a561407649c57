import { z } from 'zod';
import type { Session } from '../model.ts';
import { id, TIMER_MAX_SECONDS } from '../schemas.ts';
import { method } from './method.ts';

const sessionId = z.strictObject({ sessionId: id });

/** The exercise timer of a session; every method answers with the session and its new timer. */
export const timerMethods = {
  /** Sets the time and stops the timer ("10 menit"). */
  'timer.set': method<Session>()(z.strictObject({ sessionId: id, seconds: z.number().int().min(1).max(TIMER_MAX_SECONDS) })),
  'timer.start': method<Session>()(sessionId),
  'timer.pause': method<Session>()(sessionId),
  /** "+1 menit" (or less time, with a negative number), running or not. */
  'timer.add': method<Session>()(
    z.strictObject({ sessionId: id, seconds: z.number().int().min(-TIMER_MAX_SECONDS).max(TIMER_MAX_SECONDS).refine((s) => s !== 0) }),
  ),
  /** Back to the time that was set, stopped. */
  'timer.reset': method<Session>()(sessionId),
};
