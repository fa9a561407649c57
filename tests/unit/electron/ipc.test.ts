import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '#shared/bridge.ts';
import type { Outcome } from '#shared/errors.ts';
import { forwardEvents, registerIpc } from '../../../electron/main/ipc.ts';
import { call, openTestCore } from '../helpers/core.ts';

// No Electron runs here: a stand-in ipcMain records the handler so the test can call it.
function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipcMain = {
    handle: (channel: string, handler: never) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  } as unknown as IpcMain;
  const invoke = (frame: { url: string; parent: unknown } | null, method: unknown, input: unknown) =>
    handlers.get(IPC_INVOKE_CHANNEL)!({ senderFrame: frame } as IpcMainInvokeEvent, method, input) as Promise<Outcome<unknown>>;
  return { ipcMain, handlers, invoke };
}

describe('the IPC door', () => {
  it('passes calls from the Rembuk window to dispatch', async () => {
    const core = await openTestCore();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, core);
    const outcome = await invoke({ url: 'app://rembuk/index.html', parent: null }, 'workshops.create', {
      title: 'PLM Kabupaten Bengkalis 2022',
      startDate: '2022-10-13',
      endDate: '2022-10-13',
    });
    expect(outcome.ok).toBe(true);
    expect(await call(core, 'workshops.list', {})).toHaveLength(1);
  });

  it.each([
    ['a web page', { url: 'https://evil.example/', parent: null }],
    ['a file page', { url: 'file:///tmp/x.html', parent: null }],
    ['a frame inside the window', { url: 'app://rembuk/index.html', parent: {} }],
    ['a look-alike host', { url: 'app://rembuk.evil/index.html', parent: null }],
    ['an unknown sender', null],
  ])('refuses calls from %s and writes nothing', async (_name, frame) => {
    const core = await openTestCore();
    const { ipcMain, invoke } = fakeIpcMain();
    registerIpc(ipcMain, core);
    const outcome = await invoke(frame, 'workshops.create', { title: 'X', startDate: '2022-10-13', endDate: '2022-10-13' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await call(core, 'workshops.list', {})).toEqual([]);
  });

  it('forwards committed changes to open windows and skips closed ones', async () => {
    const core = await openTestCore();
    const sent: Array<[string, unknown]> = [];
    const open = { isDestroyed: () => false, send: (channel: string, payload: unknown) => sent.push([channel, payload]) };
    const closed = { isDestroyed: () => true, send: () => expect.unreachable('a closed window gets nothing') };
    forwardEvents(core, () => [open, closed] as never);
    await call(core, 'settings.update', { language: 'en' });
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { type: 'settings.saved', settings: { language: 'en', csvSeparator: ',' } }]]);
  });
});
