import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startHost } from '../../../electron/host/server.ts';
import { call, openTestCore, tempDataDir } from '../helpers/core.ts';

async function runningHost() {
  const core = await openTestCore();
  const staticDir = join(tempDataDir(), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>Rembuk</title></head></html>');
  const host = await startHost({ core, staticDir, port: 0 });
  return { core, host, close: () => host.close() };
}

/** A raw HTTP request, so the test controls the Host header like an attacker would. */
function send(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiCall(port: number, token: string, method: string, input: unknown, extra: Record<string, string> = {}) {
  return send(port, {
    path: '/api/call',
    method: 'POST',
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-rembuk-token': token, ...extra },
    body: JSON.stringify({ method, input }),
  });
}

describe('the browser host', () => {
  it('gives the page its token and answers calls that carry it', async () => {
    const { host, close } = await runningHost();
    const page = await send(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.body).toContain(`<meta name="rembuk-token" content="${host.token}" />`);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const answer = await apiCall(host.port, host.token, 'workshops.list', {});
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: [] });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    await close();
  });

  it('refuses a missing or stale token and writes nothing', async () => {
    const { core, host, close } = await runningHost();
    const input = { title: 'PLM', startDate: '2022-09-28', endDate: '2022-09-29' };
    for (const token of ['', 'f'.repeat(64), host.token.slice(0, -1)]) {
      const answer = await apiCall(host.port, token, 'workshops.create', input);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body).error.code).toBe('unauthorized');
    }
    expect(await call(core, 'workshops.list', {})).toEqual([]);
    await close();
  });

  it('refuses requests whose Host header is not this loopback address and port', async () => {
    const { host, close } = await runningHost();
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const answer = await apiCall(host.port, host.token, 'workshops.list', {}, { host: hostHeader });
      expect(answer.status).toBe(421);
      const page = await send(host.port, { path: '/', headers: { host: hostHeader } });
      expect(page.body).not.toContain(host.token);
    }
    await close();
  });

  it('refuses bodies that are too large, not JSON, or not sent as JSON', async () => {
    const { host, close } = await runningHost();
    const headers = { host: `127.0.0.1:${host.port}`, 'x-rembuk-token': host.token };
    const big = await send(host.port, { path: '/api/call', method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: Buffer.alloc(MAX_BODY_BYTES + 1, 32) });
    expect(big.status).toBe(413);
    const notJson = await send(host.port, { path: '/api/call', method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{oops' });
    expect(JSON.parse(notJson.body).error.code).toBe('invalid_input');
    const form = await send(host.port, { path: '/api/call', method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(415);
    await close();
  });

  it('never serves files outside the renderer folder', async () => {
    const { host, close } = await runningHost();
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd']) {
      const answer = await send(host.port, { path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(answer.status).toBe(404);
    }
    await close();
  });

  it('streams committed changes to the page as server-sent events', async () => {
    const { core, host, close } = await runningHost();
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('settings.saved')) resolve(text);
        });
        res.once('data', () => void call(core, 'settings.update', { language: 'en' }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('data: {"type":"settings.saved","settings":{"language":"en","csvSeparator":","}}');
    await close();
  });
});
