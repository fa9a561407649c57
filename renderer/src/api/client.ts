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
  const pending = bridge().invoke(method, input);
  inFlight.add(pending);
  try {
    outcome = await pending;
  } catch {
    throw new ApiError({ code: 'internal', message: 'The connection to Rembuk was lost' });
  } finally {
    inFlight.delete(pending);
  }
  if (!outcome.ok) throw new ApiError(outcome.error);
  return outcome.value as MethodResult<M>;
}

const inFlight = new Set<Promise<unknown>>();

/**
 * Resolves once the calls already sent have answered and the code awaiting them has run (or
 * after `limitMs`). Undo waits for this: an action records its undo step when its save answers,
 * and Ctrl+Z pressed while a merge was still saving undid the step before it.
 */
export async function callsSettled(limitMs: number): Promise<void> {
  if (inFlight.size > 0) await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => setTimeout(resolve, limitMs))]);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export function subscribe(callback: (event: AppEvent) => void): () => void {
  return bridge().on('event', callback);
}
