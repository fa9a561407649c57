import { isAppErrorData, type AppErrorData } from '#shared/errors.ts';
import type { PhoneInput, PhoneMethodName, PhoneResult } from '#shared/methods/phone.ts';
import type { PhoneEvent } from '#shared/phone.ts';

/** A refusal from the door (`data`), or no answer at all (`data` null: the laptop is out of reach). */
export class PhoneError extends Error {
  readonly data: AppErrorData | null;
  constructor(data: AppErrorData | null) {
    super(data?.message ?? 'No answer from the door');
    this.name = 'PhoneError';
    this.data = data;
  }
}

/**
 * How long a call waits for its answer. A phone that walked out of the Wi-Fi's reach waits minutes
 * for the browser to give up, its Send button greyed out all the while; every method can be sent
 * again safely (a card keeps its id, dots are a count, an edit or a delete names its card).
 */
const ANSWER_WITHIN_MS = 20_000;

/** Calls one of the phones' methods; the device cookie goes along by itself. */
export async function phoneCall<M extends PhoneMethodName>(method: M, input: PhoneInput<M>): Promise<PhoneResult<M>> {
  let body: unknown;
  try {
    const response = await fetch('./call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ method, input }),
      // Older phone browsers have no AbortSignal.timeout: they wait as before.
      signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(ANSWER_WITHIN_MS) : null,
    });
    body = await response.json();
  } catch {
    throw new PhoneError(null);
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    if (body.ok === true && 'value' in body) return body.value as PhoneResult<M>;
    if ('error' in body && isAppErrorData(body.error)) throw new PhoneError(body.error);
  }
  throw new PhoneError(null);
}

/** The door's events for this phone; `onLink` says when the stream drops (it reconnects by itself) and comes back. */
export function listenToDoor(onEvent: (event: PhoneEvent) => void, onLink: (up: boolean) => void): () => void {
  const source = new EventSource('./events');
  source.onopen = () => onLink(true);
  source.onerror = () => onLink(false);
  source.onmessage = (message: MessageEvent<string>) => {
    const event = JSON.parse(message.data) as PhoneEvent;
    if (event.type === 'closed') source.close();
    onEvent(event);
  };
  return () => source.close();
}
