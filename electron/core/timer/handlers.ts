import type { timerMethods } from '#shared/methods/timer.ts';
import type { HandlerMap } from '../handler-types.ts';
import type { SessionRow } from '../db/schema.ts';
import { loadSession, saveSession } from '../sessions/handlers.ts';
import type { CoreContext } from '../context.ts';

/**
 * The exercise timer. The core keeps when it ends (running) or what is left (paused), never a
 * ticking count, so every window and the projector show the same time without any traffic.
 * Not undoable: time does not run backwards; "reset" is the way back.
 */
export const timerHandlers: HandlerMap<keyof typeof timerMethods> = {
  async 'timer.set'({ sessionId, seconds }, ctx) {
    return changeTimer(ctx, sessionId, () => ({ timer_duration_ms: seconds * 1000, timer_remaining_ms: seconds * 1000, timer_ends_at: null }));
  },

  async 'timer.start'({ sessionId }, ctx) {
    return changeTimer(ctx, sessionId, (row, now) => {
      if (row.timer_ends_at !== null) return {};
      // Starting a timer that ran out starts the whole time again.
      const remaining = row.timer_remaining_ms > 0 ? row.timer_remaining_ms : row.timer_duration_ms;
      return { timer_remaining_ms: remaining, timer_ends_at: new Date(now + remaining).toISOString() };
    });
  },

  async 'timer.pause'({ sessionId }, ctx) {
    return changeTimer(ctx, sessionId, (row, now) => {
      if (row.timer_ends_at === null) return {};
      return { timer_remaining_ms: Math.max(0, Date.parse(row.timer_ends_at) - now), timer_ends_at: null };
    });
  },

  async 'timer.add'({ sessionId, seconds }, ctx) {
    return changeTimer(ctx, sessionId, (row, now) => {
      const delta = seconds * 1000;
      if (row.timer_ends_at === null) return { timer_remaining_ms: Math.max(0, row.timer_remaining_ms + delta) };
      const endsAt = Math.max(now, Date.parse(row.timer_ends_at) + delta);
      return { timer_ends_at: new Date(endsAt).toISOString() };
    });
  },

  async 'timer.reset'({ sessionId }, ctx) {
    return changeTimer(ctx, sessionId, (row) => ({ timer_remaining_ms: row.timer_duration_ms, timer_ends_at: null }));
  },
};

type TimerFields = Partial<Pick<SessionRow, 'timer_duration_ms' | 'timer_remaining_ms' | 'timer_ends_at'>>;

function changeTimer(ctx: CoreContext, sessionId: string, change: (row: SessionRow, nowMs: number) => TimerFields) {
  return saveSession(ctx, async (trx) => {
    const row = await loadSession(trx, sessionId);
    const now = ctx.now();
    return trx
      .updateTable('sessions')
      .set({ ...change(row, Date.parse(now)), updated_at: now })
      .where('id', '=', sessionId)
      .returningAll()
      .executeTakeFirstOrThrow();
  });
}
