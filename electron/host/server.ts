import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '#shared/errors.ts';
import type { Core } from '../core/core.ts';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveInside } from '../core/files/resolve-inside.ts';
import { failure, fromOtherOrigin, openEventStream, readBody, sendOutcome, sendText } from './http-kit.ts';
import { HOW_TO_GET_IN, LaunchGate } from './launch.ts';

/** Largest request body accepted (a spreadsheet sent for import fits; anything bigger is refused). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export interface HostOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 lets the system pick a free port. */
  port: number;
  /** Told the next launch address each time one is used (the CLI prints it). */
  onLaunchUsed?: (nextUrl: string) => void;
}

export interface RunningHost {
  /** The address to open: it carries a one-time launch secret (see launch.ts). */
  url: string;
  port: number;
  /** The next one-time address, for another browser (each use makes a new one). */
  launchUrl(): string;
  close(): Promise<void>;
}

/**
 * The browser host: the renderer and the API on 127.0.0.1 only. Every API request must carry
 * this run's session cookie (a browser gets it by opening the printed launch address) and a
 * Host header naming the loopback address and port, which stops other web pages and
 * DNS-rebinding tricks. No CORS headers; a request from another origin is refused.
 */
export async function startHost({ core, staticDir, port, onLaunchUsed }: HostOptions): Promise<RunningHost> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Request failed', error);
      if (!res.headersSent) sendOutcome(res, 500, failure('internal', 'Request failed'));
      else res.destroy();
    });
  });
  let boundPort = port;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!isLoopbackHost(req.headers.host, boundPort)) {
      return sendOutcome(res, 421, failure('forbidden_host', 'Host not allowed'));
    }
    if (fromOtherOrigin(req, [`http://127.0.0.1:${boundPort}`, `http://localhost:${boundPort}`])) {
      return sendOutcome(res, 403, failure('forbidden_host', 'Origin not allowed'));
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${boundPort}`);
    if (url.pathname.startsWith('/api/')) {
      if (!gate.isSignedIn(req)) return sendOutcome(res, 401, failure('unauthorized', 'Missing or stale session'));
      return handleApi(url, req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    if (url.pathname === '/' || url.pathname === '/index.html') return serveEntry(url, req, res);
    return serveStatic(url.pathname, res);
  }

  function handleApi(url: URL, req: IncomingMessage, res: ServerResponse) {
    if (url.pathname === '/api/call') {
      if (req.method !== 'POST') return sendOutcome(res, 405, failure('unknown_method', 'Use POST'));
      return handleCall(req, res);
    }
    if (url.pathname === '/api/events') return handleEvents(res);
    const download = /^\/api\/reports\/([0-9a-f-]{36})\/file$/.exec(url.pathname);
    if (download) {
      if (req.method !== 'GET') return sendOutcome(res, 405, failure('unknown_method', 'Use GET'));
      return sendReport(download[1]!, res);
    }
    return sendOutcome(res, 404, failure('not_found', 'No such API'));
  }

  /** `/`: the app for a signed-in browser; a launch secret signs one in; anyone else learns how to get in. */
  async function serveEntry(url: URL, req: IncomingMessage, res: ServerResponse) {
    const launch = url.searchParams.get('launch');
    if (launch !== null) {
      const signIn = gate.isSignedIn(req) ? null : gate.exchange(launch);
      if (signIn) onLaunchUsed?.(`http://127.0.0.1:${boundPort}${gate.launchPath()}`);
      if (signIn || gate.isSignedIn(req)) {
        res.writeHead(303, { location: '/', 'cache-control': 'no-store', ...(signIn ? { 'set-cookie': signIn } : {}) });
        return res.end();
      }
    }
    if (!gate.isSignedIn(req)) {
      res.writeHead(401, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      return res.end(HOW_TO_GET_IN);
    }
    return serveStatic('/index.html', res);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse) {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendOutcome(res, 415, failure('invalid_input', 'Send JSON'));
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === null) return sendOutcome(res, 413, failure('payload_too_large', 'Request too large'));
    let request: { method?: unknown; input?: unknown };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      return sendOutcome(res, 400, failure('invalid_input', 'Body is not JSON'));
    }
    const outcome = await core.dispatch(String(request?.method ?? ''), request?.input);
    sendOutcome(res, 200, outcome);
  }

  function handleEvents(res: ServerResponse) {
    let unsubscribe = () => {};
    const send = openEventStream(res, HEARTBEAT_MS, () => unsubscribe());
    unsubscribe = core.subscribe(send);
  }

  /** The browser's side of saving an export: the ready file as a download. */
  function sendReport(jobId: string, res: ServerResponse) {
    let file: { fileName: string; bytes: Uint8Array };
    try {
      file = core.reportFile(jobId);
    } catch (error) {
      const data = error instanceof AppError ? error.toData() : new AppError('internal', 'Report unavailable').toData();
      return sendOutcome(res, data.code === 'not_found' ? 404 : 409, { ok: false, error: data });
    }
    res.writeHead(200, {
      'content-type': contentTypeFor(file.fileName),
      'content-length': file.bytes.byteLength,
      'content-disposition': attachment(file.fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(file.bytes);
  }

  async function serveStatic(pathname: string, res: ServerResponse) {
    const file = resolveInside(staticDir, pathname === '/' ? '/index.html' : pathname);
    if (!file) return sendText(res, 404, 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    const isIndex = file.endsWith('index.html');
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': content.length,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': isIndex ? 'no-store' : 'no-cache',
    });
    res.end(content);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  boundPort = (server.address() as AddressInfo).port;
  // Made once the port is known (its cookie is named after it); no request arrives before.
  const gate = new LaunchGate(boundPort);

  return {
    url: `http://127.0.0.1:${boundPort}${gate.launchPath()}`,
    port: boundPort,
    launchUrl: () => `http://127.0.0.1:${boundPort}${gate.launchPath()}`,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** `attachment` with the name in ASCII for old browsers and in UTF-8 (RFC 6266) for the rest. */
function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'rembuk';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
