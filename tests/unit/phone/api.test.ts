import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneError, phoneCall } from '../../../renderer/src/phone/api.ts';

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
