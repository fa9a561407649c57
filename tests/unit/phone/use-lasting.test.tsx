// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLasting } from '../../../renderer/src/phone/useLasting.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ since }: { since: number | null }) {
  return <p>{useLasting(since, 15_000) ? 'long' : 'short'}</p>;
}

describe('a state that lasts (the phone’s lost link)', () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });
  const show = (since: number | null) => act(() => root.render(<Probe since={since} />));
  const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

  it('says so after 15 s, and forgets it at once when the state ends', () => {
    show(Date.now());
    wait(14_999);
    expect(host.textContent).toBe('short');
    wait(1);
    expect(host.textContent).toBe('long');
    show(null);
    expect(host.textContent).toBe('short');
  });

  it('counts a new state from its own start', () => {
    show(Date.now());
    wait(15_000);
    show(null);
    show(Date.now());
    expect(host.textContent).toBe('short');
    wait(15_000);
    expect(host.textContent).toBe('long');
  });
});
