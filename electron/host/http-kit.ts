import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, type ErrorCode, type Outcome } from '#shared/errors.ts';

/**
 * The small pieces both HTTP doors (the facilitator's browser host and the participants'
 * door) share: bodies with a size limit, answers as `Outcome` JSON, cookies, secret checks.
 */

/** Reads a request body; `null` when it is larger than `maxBytes` (the rest is drained, not kept). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      req.resume();
      resolveBody(null);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function failure(code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, error: new AppError(code, message).toData() };
}

export function sendOutcome(res: ServerResponse, status: number, outcome: Outcome<unknown>, headers: Record<string, string | string[]> = {}) {
  const body = JSON.stringify(outcome);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

/**
 * Opens a server-sent-events stream on `res` and returns how to send one event. A first comment
 * shows the stream is live; a heartbeat keeps an idle connection (a phone on hotel Wi-Fi) open;
 * `onClose` runs once when the stream ends, from either side.
 */
export function openEventStream(res: ServerResponse, heartbeatMs: number, onClose: () => void): (event: unknown) => void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
  });
  res.write(': connected\n\n');
  const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
  res.on('close', () => {
    clearInterval(heartbeat);
    onClose();
  });
  return (event) => res.write(`data: ${JSON.stringify(event)}\n\n`);
}

export function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

/** The value of one cookie of the request, or undefined. */
export function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A cookie scripts cannot read and other sites cannot make the browser send. */
export function setCookie(name: string, value: string, maxAgeSeconds?: number): string {
  const age = maxAgeSeconds === undefined ? '' : `; Max-Age=${maxAgeSeconds}`;
  return `${name}=${value}; Path=/; HttpOnly; SameSite=Strict${age}`;
}

/** Compares a secret someone sent with the real one in constant time. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** A request that says it comes from another page (Origin) is refused before anything runs. */
export function fromOtherOrigin(req: IncomingMessage, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  return origin !== undefined && !origins.includes(origin);
}
