import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';

/** A clock the test moves by hand. */
function clock(start = '2019-10-15T03:00:00.000Z') {
  let ms = Date.parse(start);
  return { now: () => new Date(ms).toISOString(), advance: (seconds: number) => (ms += seconds * 1000) };
}

describe('the exercise timer', () => {
  it('sets 10 minutes, runs, pauses, gets a minute more, and resets', async () => {
    const time = clock();
    const core = await openTestCore(tempDataDir(), { now: time.now });
    const { session } = await lampungWorkshop(core);
    core.events.length = 0;
    const set = await call(core, 'timer.set', { sessionId: session.id, seconds: 600 });
    expect(set.timer).toEqual({ durationMs: 600_000, remainingMs: 600_000, endsAt: null });

    const started = await call(core, 'timer.start', { sessionId: session.id });
    expect(started.timer.endsAt).toBe('2019-10-15T03:10:00.000Z');
    time.advance(90);
    const paused = await call(core, 'timer.pause', { sessionId: session.id });
    expect(paused.timer).toEqual({ durationMs: 600_000, remainingMs: 510_000, endsAt: null });

    expect((await call(core, 'timer.add', { sessionId: session.id, seconds: 60 })).timer.remainingMs).toBe(570_000);
    const running = await call(core, 'timer.start', { sessionId: session.id });
    expect(running.timer.endsAt).toBe('2019-10-15T03:11:00.000Z');
    expect((await call(core, 'timer.add', { sessionId: session.id, seconds: 60 })).timer.endsAt).toBe('2019-10-15T03:12:00.000Z');

    const reset = await call(core, 'timer.reset', { sessionId: session.id });
    expect(reset.timer).toEqual({ durationMs: 600_000, remainingMs: 600_000, endsAt: null });
    expect(core.events.filter((e) => e.type === 'session.saved')).toHaveLength(7);
  });

  it('starts the whole time again once it ran out', async () => {
    const time = clock();
    const core = await openTestCore(tempDataDir(), { now: time.now });
    const { session } = await lampungWorkshop(core);
    await call(core, 'timer.set', { sessionId: session.id, seconds: 60 });
    await call(core, 'timer.start', { sessionId: session.id });
    time.advance(75);
    expect((await call(core, 'timer.pause', { sessionId: session.id })).timer.remainingMs).toBe(0);
    expect((await call(core, 'timer.start', { sessionId: session.id })).timer.endsAt).toBe('2019-10-15T03:02:15.000Z');
  });

  it('refuses no time, too much time, and adding nothing', async () => {
    const core = await openTestCore();
    const { session } = await lampungWorkshop(core);
    for (const seconds of [0, -5, 4 * 3600 + 1, 1.5]) {
      expect((await failure(core, 'timer.set', { sessionId: session.id, seconds })).code).toBe('invalid_input');
    }
    expect((await failure(core, 'timer.add', { sessionId: session.id, seconds: 0 })).code).toBe('invalid_input');
    expect((await call(core, 'sessions.board', { id: session.id })).session.timer.durationMs).toBe(600_000);
  });
});
