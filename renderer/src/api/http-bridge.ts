import type { RembukBridge } from '#shared/bridge.ts';
import { isAppErrorData, type Outcome } from '#shared/errors.ts';
import type { AppEvent } from '#shared/events.ts';

/**
 * The browser host's door: POST /api/call and server-sent events. The browser sends this run's
 * session cookie by itself (HttpOnly: no script, ours included, can read it).
 */
export function httpBridge(): RembukBridge {
  return {
    async invoke(method, input) {
      const response = await fetch('./api/call', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, input }),
      });
      const body: unknown = await response.json().catch(() => null);
      if (isOutcome(body)) return body;
      return { ok: false, error: { code: 'internal', message: `Unexpected answer (${response.status})` } };
    },
    on(_channel, callback) {
      // EventSource reconnects by itself after a dropped connection.
      const source = new EventSource('./api/events');
      source.onmessage = (message) => callback(JSON.parse(message.data as string) as AppEvent);
      return () => source.close();
    },
  };
}

function isOutcome(body: unknown): body is Outcome<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  return body.ok === true || ('error' in body && isAppErrorData(body.error));
}
