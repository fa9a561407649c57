import type { MethodInput, MethodName, MethodResult } from '#shared/api.ts';
import type { RembukBridge } from '#shared/bridge.ts';
import type { AppErrorData, Outcome } from '#shared/errors.ts';
import type { AppEvent } from '#shared/events.ts';
import { httpBridge } from './http-bridge.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    rembuk?: RembukBridge;
  }
}

/** A refusal from the core, carrying the code the UI translates. */
export class ApiError extends Error {
  readonly data: AppErrorData;
  constructor(data: AppErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.data = data;
  }
}

let http: RembukBridge | undefined;

/** IPC in the desktop app, HTTP in the browser host: the rest of the renderer cannot tell. */
function bridge(): RembukBridge {
  return window.rembuk ?? (http ??= httpBridge());
}

/** Calls a method of the contract; resolves with its result or rejects with an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  let outcome: Outcome<unknown>;
  try {
    outcome = await bridge().invoke(method, input);
  } catch {
    throw new ApiError({ code: 'internal', message: 'The connection to Rembuk was lost' });
  }
  if (!outcome.ok) throw new ApiError(outcome.error);
  return outcome.value as MethodResult<M>;
}

export function subscribe(callback: (event: AppEvent) => void): () => void {
  return bridge().on('event', callback);
}
