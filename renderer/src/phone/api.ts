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

/** Whether the door refused a call with this code (not: no answer at all). */
export function isRefusal(error: unknown, code: string): boolean {
  return error instanceof PhoneError && error.data?.code === code;
}

/**
 * How long a call waits for its answer. A phone that walked out of the Wi-Fi's reach waits minutes
 * for the browser to give up, its Send button greyed out all the while; every write can be sent
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

/** How soon a stream the browser gave up on is opened again, then less and less often. */
const FIRST_RETRY_MS = 2_000;
const LAST_RETRY_MS = 30_000;

/**
 * The door's events for this phone; `onLink` says when the stream drops and comes back. The
 * browser opens a dropped stream again by itself, but gives up for good on an answer that is not
 * a stream (the laptop restarted, or was out of reach when the phone woke up): then this opens it
 * again, less and less often, until it is stopped.
 */
export function listenToDoor(onEvent: (event: PhoneEvent) => void, onLink: (up: boolean) => void): () => void {
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_RETRY_MS;
  const open = () => {
    const stream = new EventSource('./events');
    source = stream;
    stream.onopen = () => {
      wait = FIRST_RETRY_MS;
      onLink(true);
    };
    stream.onerror = () => {
      onLink(false);
      if (stream.readyState !== EventSource.CLOSED) return;
      retry = setTimeout(open, wait);
      wait = Math.min(wait * 2, LAST_RETRY_MS);
    };
    stream.onmessage = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as PhoneEvent;
      if (event.type === 'closed') stream.close();
      onEvent(event);
    };
  };
  open();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
