import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { METHODS_BEFORE_JOINING, isPhoneMethod } from '#shared/methods/phone.ts';
import type { PhoneEvent } from '#shared/phone.ts';
import type { Device, PhoneDoor } from '../../core/door/listener.ts';
import { contentTypeFor, resolveInside } from '../../core/files/resolve-inside.ts';
import { cookie, failure, fromOtherOrigin, openEventStream, readBody, sendOutcome, sendText, setCookie } from '../http-kit.ts';
import { DOOR_LIMITS, type DoorGuards } from './guards.ts';

export const DEVICE_COOKIE = 'rembuk_phone';
/** A meeting lasts at most five days; a phone stays in for as long. */
const DEVICE_COOKIE_SECONDS = 5 * 24 * 60 * 60;

/** The participant page's policy: its own files only, no inline script, no framing, no forms elsewhere. */
export const PHONE_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE_FILES = /^\/(assets\/[A-Za-z0-9._-]+\.(js|css|svg|woff2)|favicon\.svg)$/;

export interface DoorRequestContext {
  phones: PhoneDoor;
  guards: DoorGuards;
  /** The participant page (dist/participant). */
  pageDir: string;
  /** `ip:port` of every address the door listens on: the only Host headers it answers. */
  hosts: () => readonly string[];
  /** Open event streams, ended when the door stops. */
  streams: Set<ServerResponse>;
}

/**
 * One request to the participants' door. Only what a phone needs is reachable: the participant
 * page and its files, `POST /call` for the phones' methods, and `GET /events`. The Host header
 * must name the door itself (no DNS rebinding), no CORS header is ever sent, and a request
 * from another origin is refused.
 */
export async function handleDoorRequest(door: DoorRequestContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const host = req.headers.host ?? '';
  if (!door.hosts().includes(host)) return sendOutcome(res, 421, failure('forbidden_host', 'Host not allowed'));
  if (fromOtherOrigin(req, [`http://${host}`])) return sendOutcome(res, 403, failure('forbidden_host', 'Origin not allowed'));
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/call') {
    if (req.method !== 'POST') return sendOutcome(res, 405, failure('unknown_method', 'Use POST'));
    return handleCall(door, req, res);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
  if (path === '/events') return handleEvents(door, req, res);
  if (path === '/' || path === '/index.html') return servePage(door.pageDir, '/index.html', res);
  if (PAGE_FILES.test(path)) return servePage(door.pageDir, path, res);
  return sendText(res, 404, 'Not found');
}

async function handleCall(door: DoorRequestContext, req: IncomingMessage, res: ServerResponse) {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    req.resume();
    return sendOutcome(res, 415, failure('invalid_input', 'Send JSON'));
  }
  const body = await readBody(req, DOOR_LIMITS.maxBodyBytes);
  if (body === null) return sendOutcome(res, 413, failure('payload_too_large', 'Request too large'), { connection: 'close' });
  let request: { method?: unknown; input?: unknown };
  try {
    request = JSON.parse(body) as typeof request;
  } catch {
    return sendOutcome(res, 400, failure('invalid_input', 'Body is not JSON'));
  }
  const method = String(request?.method ?? '');
  const address = req.socket.remoteAddress ?? '';
  const device = await door.phones.authenticate(cookie(req, DEVICE_COOKIE));
  if (!isAllowed(door.guards, method, device, address)) return sendOutcome(res, 429, failure('too_many_requests', 'Too many requests'));

  const { outcome, credential } = await door.phones.call(method, request?.input, device);
  if (!outcome.ok && outcome.error.code === 'join_code_wrong') door.guards.wrongCodes.take(address);
  const headers: Record<string, string> = credential ? { 'set-cookie': setCookie(DEVICE_COOKIE, credential, DEVICE_COOKIE_SECONDS) } : {};
  sendOutcome(res, 200, outcome, headers);
}

/** Per phone: calls, and cards on their own; before joining, per network address: wrong codes. */
function isAllowed(guards: DoorGuards, method: string, device: Device | null, address: string): boolean {
  const joining = isPhoneMethod(method) && METHODS_BEFORE_JOINING.includes(method);
  if (joining && !guards.wrongCodes.allows(address)) return false;
  if (!device) return true;
  if (!guards.calls.take(device.id)) return false;
  return method !== 'phone.cards.create' || guards.cards.take(device.id);
}

async function handleEvents(door: DoorRequestContext, req: IncomingMessage, res: ServerResponse) {
  const device = await door.phones.authenticate(cookie(req, DEVICE_COOKIE));
  if (!device) return sendOutcome(res, 401, failure('unauthorized', 'Join first'));
  const open = door.guards.streams.get(device.id) ?? 0;
  if (open >= DOOR_LIMITS.streamsPerDevice) return sendOutcome(res, 429, failure('too_many_requests', 'Too many open streams'));
  door.guards.streams.set(device.id, open + 1);
  let disconnect = () => {};
  const write = openEventStream(res, DOOR_LIMITS.heartbeatMs, () => {
    disconnect();
    door.streams.delete(res);
    const left = (door.guards.streams.get(device.id) ?? 1) - 1;
    if (left > 0) door.guards.streams.set(device.id, left);
    else door.guards.streams.delete(device.id);
  });
  door.streams.add(res);
  disconnect = door.phones.connect(device, (event: PhoneEvent) => {
    write(event);
    if (event.type === 'closed') res.end();
  });
}

async function servePage(pageDir: string, path: string, res: ServerResponse) {
  const file = resolveInside(pageDir, path);
  let content: Buffer;
  try {
    if (!file) throw new Error('outside');
    content = await readFile(file);
  } catch {
    return sendText(res, 404, 'Not found');
  }
  const isPage = path === '/index.html';
  res.writeHead(200, {
    'content-type': contentTypeFor(file!),
    'content-length': content.length,
    'content-security-policy': PHONE_PAGE_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Hashed file names may be kept; the page itself is read fresh, so a new build is seen.
    'cache-control': isPage ? 'no-store' : 'public, max-age=86400, immutable',
  });
  res.end(content);
}
