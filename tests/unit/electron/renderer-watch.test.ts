import { EventEmitter } from 'node:events';
import type { BrowserWindow, Dialog } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { RELOAD_GRACE_MS, watchRenderer } from '../../../electron/main/renderer-watch.ts';
import { SHELL_WORDS } from '../../../electron/main/words.ts';

function fakeWindow() {
  const webContents = Object.assign(new EventEmitter(), { reload: vi.fn(), forcefullyCrashRenderer: vi.fn() });
  const window = Object.assign(new EventEmitter(), { webContents, close: vi.fn(), isDestroyed: () => false });
  return window;
}

function watched(answer: number) {
  const window = fakeWindow();
  const dialog = { showMessageBoxSync: vi.fn(() => answer) };
  let time = 0;
  watchRenderer(window as unknown as BrowserWindow, { dialog: dialog as unknown as Pick<Dialog, 'showMessageBoxSync'>, words: () => SHELL_WORDS.id, now: () => time });
  return { window, dialog, later: (ms: number) => (time += ms) };
}

describe('when the window crashes or hangs', () => {
  it('reloads a crashed page once without asking, then asks in the user language', () => {
    const { window, dialog, later } = watched(0);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBoxSync).not.toHaveBeenCalled();
    later(5_000);
    window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ message: SHELL_WORDS.id.rendererGone, detail: SHELL_WORDS.id.nothingLost, buttons: ['Muat ulang', 'Keluar'] }));
    expect(window.webContents.reload).toHaveBeenCalledTimes(2);
    // Long after, a new crash is reloaded without asking again.
    later(RELOAD_GRACE_MS + 1);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(dialog.showMessageBoxSync).toHaveBeenCalledTimes(1);
  });

  it('closes the window when the facilitator chooses to quit, and ignores a clean exit', () => {
    const { window, later } = watched(1);
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(window.webContents.reload).not.toHaveBeenCalled();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    later(1_000);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(window.close).toHaveBeenCalled();
  });

  it('ends and reloads a hung page once, then lets the facilitator wait', () => {
    const { window, dialog, later } = watched(0);
    window.emit('unresponsive');
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    later(2_000);
    window.emit('unresponsive');
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(window, expect.objectContaining({ message: SHELL_WORDS.id.unresponsive, buttons: ['Tunggu', 'Muat ulang'] }));
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });
});
