import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type RembukBridge } from '#shared/bridge.ts';
import type { AppEvent } from '#shared/events.ts';

/** Exposes exactly two functions to the page; no Electron or Node object crosses the bridge. */
const bridge: RembukBridge = {
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, String(method), input),
  on(channel, callback) {
    if (channel !== 'event') throw new Error(`Unknown channel: ${String(channel)}`);
    const listener = (_event: IpcRendererEvent, payload: AppEvent) => callback(payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('rembuk', bridge);
