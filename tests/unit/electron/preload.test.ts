import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type RembukBridge } from '#shared/bridge.ts';

// A mocked `electron` module: this test checks the preload's wiring, not Electron itself.
const exposed = vi.hoisted(() => ({ value: undefined as unknown, name: '' }));
const ipcRenderer = vi.hoisted(() => ({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() }));
vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, value: unknown) => {
      exposed.name = name;
      exposed.value = value;
    },
  },
  ipcRenderer,
}));

describe('the preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules();
    await import('../../../electron/preload/index.ts');
  });

  it('exposes exactly invoke and on, as window.rembuk', () => {
    expect(exposed.name).toBe('rembuk');
    expect(Object.keys(exposed.value as object).sort()).toEqual(['invoke', 'on']);
  });

  it('sends invoke over the one invoke channel', async () => {
    const bridge = exposed.value as RembukBridge;
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [] });
    await expect(bridge.invoke('workshops.list', {})).resolves.toEqual({ ok: true, value: [] });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'workshops.list', {});
  });

  it('subscribes to events and unsubscribes, and refuses unknown channels', () => {
    const bridge = exposed.value as RembukBridge;
    const callback = vi.fn();
    const off = bridge.on('event', callback);
    const [channel, listener] = ipcRenderer.on.mock.calls.at(-1) as [string, (e: unknown, p: unknown) => void];
    expect(channel).toBe(IPC_EVENT_CHANNEL);
    listener({ sender: 'hidden' }, { type: 'settings.saved', settings: { language: 'id' } });
    expect(callback).toHaveBeenCalledWith({ type: 'settings.saved', settings: { language: 'id' } });
    off();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, listener);
    expect(() => bridge.on('secrets' as 'event', callback)).toThrow();
  });
});
