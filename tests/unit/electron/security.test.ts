import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents, isAppUrl } from '../../../electron/main/security.ts';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: (() => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: () => { action: string }) => (openHandler = handler),
  });
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    emitter.emit(event, { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, navigate, openWindow: () => openHandler?.() };
}

describe('the window lock-down', () => {
  it('recognises only app://rembuk as the app', () => {
    expect(isAppUrl('app://rembuk/index.html')).toBe(true);
    expect(isAppUrl('app://rembuk.evil/index.html')).toBe(false);
    expect(isAppUrl('https://rembuk/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('blocks navigation away from the app, webviews, and new windows', () => {
    const { contents, navigate, openWindow } = fakeContents();
    hardenWebContents(contents);
    expect(navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate('will-redirect', 'http://127.0.0.1:8080/')).toBe(true);
    expect(navigate('will-navigate', 'app://rembuk/index.html#/workshops/1')).toBe(false);
    expect(navigate('will-attach-webview', 'app://rembuk/')).toBe(true);
    expect(openWindow()).toEqual({ action: 'deny' });
  });

  it('denies every permission and cancels every web request', () => {
    let requestHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    let beforeRequest: ((d: unknown, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
      webRequest: { onBeforeRequest: (_filter: unknown, h: typeof beforeRequest) => (beforeRequest = h) },
    } as unknown as Session;
    hardenSession(session);
    const granted = vi.fn();
    requestHandler?.({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(checkHandler?.()).toBe(false);
    const answer = vi.fn();
    beforeRequest?.({ url: 'https://fonts.example/x.woff2' }, answer);
    expect(answer).toHaveBeenCalledWith({ cancel: true });
  });
});
