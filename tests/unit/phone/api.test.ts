import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenToDoor, PhoneError, phoneCall } from '../../../renderer/src/phone/api.ts';

describe('a phone’s call to the door', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives up waiting for an answer after a while, as "no answer"', async () => {
    let signal: AbortSignal | null | undefined;
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      signal = init.signal;
      // An answer that never comes; the browser rejects the call once its signal fires.
      return Promise.reject(new DOMException('The operation timed out.', 'TimeoutError'));
    });
    const call = phoneCall('phone.state', {});
    await expect(call).rejects.toBeInstanceOf(PhoneError);
    await expect(call).rejects.toMatchObject({ data: null });
    expect(signal).toBeInstanceOf(AbortSignal);
    expect(signal!.aborted).toBe(false);
  });
});

describe('a phone’s stream of the door’s events', () => {
  /** Streams as a browser makes them; a test tells one it failed, for a while or for good. */
  class FakeStream {
    static CONNECTING = 0;
    static OPEN = 1;
    static CLOSED = 2;
    static made: FakeStream[] = [];
    readyState = FakeStream.CONNECTING;
    closed = false;
    onopen: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onmessage: ((message: { data: string }) => void) | null = null;
    readonly url: string;
    constructor(url: string) {
      this.url = url;
      FakeStream.made.push(this);
    }
    close() {
      this.closed = true;
      this.readyState = FakeStream.CLOSED;
    }
    fail(forGood: boolean) {
      this.readyState = forGood ? FakeStream.CLOSED : FakeStream.CONNECTING;
      this.onerror?.();
    }
  }

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    FakeStream.made = [];
  });

  it('opens a stream the browser gave up on again, less and less often, until stopped', () => {
    vi.useFakeTimers();
    vi.stubGlobal('EventSource', FakeStream);
    const links: boolean[] = [];
    const stop = listenToDoor(() => undefined, (up) => links.push(up));
    expect(FakeStream.made).toHaveLength(1);

    // A drop the browser retries by itself: nothing more to do here.
    FakeStream.made[0]!.fail(false);
    vi.advanceTimersByTime(60_000);
    expect(FakeStream.made).toHaveLength(1);

    // An answer that is not a stream: the browser stops; the phone tries again after 2 s, then 4 s.
    FakeStream.made[0]!.fail(true);
    vi.advanceTimersByTime(1_999);
    expect(FakeStream.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeStream.made).toHaveLength(2);
    FakeStream.made[1]!.fail(true);
    vi.advanceTimersByTime(3_999);
    expect(FakeStream.made).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeStream.made).toHaveLength(3);

    // It connects: the link is up, and the next failure waits 2 s again.
    FakeStream.made[2]!.onopen?.();
    FakeStream.made[2]!.fail(true);
    vi.advanceTimersByTime(2_000);
    expect(FakeStream.made).toHaveLength(4);
    expect(links).toEqual([false, false, false, true, false]);

    // Stopped while waiting to try again: no stream is opened any more, the open one is closed.
    FakeStream.made[3]!.fail(true);
    stop();
    vi.advanceTimersByTime(60_000);
    expect(FakeStream.made).toHaveLength(4);
    expect(FakeStream.made[3]!.closed).toBe(true);
  });
});
