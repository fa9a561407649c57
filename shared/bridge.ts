import type { Outcome } from './errors.ts';
import type { AppEvent } from './events.ts';

/**
 * What the Electron preload exposes as `window.rembuk`, and nothing more: one way to call the
 * core and one way to listen to it. The browser host offers the same two over HTTP and SSE.
 */
export interface RembukBridge {
  invoke(method: string, input: unknown): Promise<Outcome<unknown>>;
  /** Only `'event'` exists today: every AppEvent the core announces. Returns an unsubscribe. */
  on(channel: 'event', callback: (event: AppEvent) => void): () => void;
}

export const IPC_INVOKE_CHANNEL = 'rembuk:invoke';
export const IPC_EVENT_CHANNEL = 'rembuk:event';
