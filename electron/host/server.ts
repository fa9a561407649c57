import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError, type ErrorCode, type Outcome } from '#shared/errors.ts';
import type { Core } from '../core/core.ts';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveInside } from '../core/files/resolve-inside.ts';

/** Largest request body accepted (a spreadsheet sent for import fits; anything bigger is refused). */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;
const TOKEN_HEADER = 'x-rembuk-token';
const HEARTBEAT_MS = 15_000;

export interface HostOptions {
  core: Core;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 lets the system pick a free port. */
  port: number;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The browser host: the renderer and the API on 127.0.0.1 only. Every API request must carry
 * this run's token (the page gets it inside index.html) and a Host header naming the loopback
 * address and port, which stops other web pages and DNS-rebinding tricks. No CORS headers.
 */
export async function startHost({ core, staticDir, port }: HostOptions): Promise<RunningHost> {
  const token = randomBytes(32).toString('hex');
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
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${boundPort}`);
    if (url.pathname === '/api/call') {
      if (req.method !== 'POST') return sendOutcome(res, 405, failure('unknown_method', 'Use POST'));
      if (!hasToken(req.headers[TOKEN_HEADER], token)) return sendOutcome(res, 401, failure('unauthorized', 'Missing or stale token'));
      return handleCall(req, res);
    }
    const download = /^\/api\/reports\/([0-9a-f-]{36})\/file$/.exec(url.pathname);
    if (download) {
      if (req.method !== 'GET') return sendOutcome(res, 405, failure('unknown_method', 'Use GET'));
      if (!hasToken(url.searchParams.get('token') ?? undefined, token)) {
        return sendOutcome(res, 401, failure('unauthorized', 'Missing or stale token'));
      }
      return sendReport(download[1]!, res);
    }
    if (url.pathname === '/api/events') {
      if (!hasToken(url.searchParams.get('token') ?? undefined, token)) {
        return sendOutcome(res, 401, failure('unauthorized', 'Missing or stale token'));
      }
      return handleEvents(req, res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed');
    return serveStatic(url.pathname, res);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse) {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendOutcome(res, 415, failure('invalid_input', 'Send JSON'));
    }
    const body = await readBody(req);
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

  function handleEvents(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write(': connected\n\n');
    const unsubscribe = core.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
    });
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
    const payload = isIndex ? Buffer.from(injectToken(content.toString('utf8'), token)) : content;
    res.writeHead(200, {
      'content-type': contentTypeFor(file),
      'content-length': payload.length,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': isIndex ? 'no-store' : 'no-cache',
    });
    res.end(payload);
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  boundPort = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${boundPort}/`,
    port: boundPort,
    token,
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

function hasToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** `attachment` with the name in ASCII for old browsers and in UTF-8 (RFC 6266) for the rest. */
function attachment(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'rembuk';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The token rides in a meta tag; the renderer's API client reads it from there. */
function injectToken(html: string, token: string): string {
  return html.replace('<head>', `<head>\n    <meta name="rembuk-token" content="${token}" />`);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function failure(code: ErrorCode, message: string): Outcome<never> {
  return { ok: false, error: new AppError(code, message).toData() };
}

function sendOutcome(res: ServerResponse, status: number, outcome: Outcome<unknown>) {
  const body = JSON.stringify(outcome);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
  res.end(text);
}
