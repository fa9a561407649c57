import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '#shared/bridge.ts';
import { AppError, type Outcome } from '#shared/errors.ts';
import type { Core } from '../core/core.ts';
import { isAppUrl } from './security.ts';

/**
 * The desktop door: one invoke channel into `dispatch`, one event channel out. A call from any
 * frame that is not Rembuk's own page (app://rembuk) is refused before it reaches the core.
 */
export function registerIpc(ipcMain: IpcMain, core: Core): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Outcome<unknown>> => {
    if (!isTrustedSender(event)) {
      return { ok: false, error: new AppError('unauthorized', 'Calls are only accepted from the Rembuk window').toData() };
    }
    return core.dispatch(typeof method === 'string' ? method : '', input);
  });
  return () => ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
}

export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}

/** Sends every event the core announces to the given windows (closed ones are skipped). */
export function forwardEvents(core: Core, windows: () => WebContents[]): () => void {
  return core.subscribe((event) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
    }
  });
}
