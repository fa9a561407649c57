import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startHost } from '../../../electron/host/server.ts';
import { call, openTestCore, tempDataDir } from '../helpers/core.ts';
import { send, signIn } from './http.ts';

async function runningHost() {
  const core = await openTestCore();
  const staticDir = join(tempDataDir(), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>Rembuk</title></head></html>');
  const launched: string[] = [];
  const host = await startHost({ core, staticDir, port: 0, onLaunchUsed: (url) => launched.push(url) });
  return { core, host, launched, close: () => host.close() };
}

function apiCall(port: number, cookie: string, method: string, input: unknown, extra: Record<string, string> = {}) {
  return send(port, {
    path: '/api/call',
    method: 'POST',
    headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', cookie, ...extra },
    body: JSON.stringify({ method, input }),
  });
}

describe('the browser host', () => {
  it('lets the browser that opens the printed address in, with an HttpOnly SameSite=Strict cookie', async () => {
    const { host, close } = await runningHost();
    const url = new URL(host.url);
    expect(url.searchParams.get('launch')).toMatch(/^[0-9a-f]{64}$/);
    const launch = await send(host.port, { path: `/${url.search}`, headers: { host: url.host } });
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    expect(launch.headers['set-cookie']?.[0]).toMatch(/^rembuk_facilitator_\d+=[0-9a-f]{64}; Path=\/; HttpOnly; SameSite=Strict$/);
    const cookie = String(launch.headers['set-cookie']?.[0]).split(';')[0]!;
    const page = await send(host.port, { path: '/', headers: { host: url.host, cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Rembuk</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const answer = await apiCall(host.port, cookie, 'workshops.list', {});
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: [] });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    await close();
  });

  it('gives nobody a secret for asking for /, and uses each launch address once', async () => {
    const { host, launched, close } = await runningHost();
    const plain = await send(host.port, { path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(plain.status).toBe(401);
    expect(plain.body).toContain('npm run serve');
    expect(plain.headers['set-cookie']).toBeUndefined();
    expect(plain.body).not.toMatch(/[0-9a-f]{64}/);

    await signIn(host.url);
    expect(launched).toEqual([host.launchUrl()]);
    const again = await send(host.port, { path: `/${new URL(host.url).search}`, headers: { host: `127.0.0.1:${host.port}` } });
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    // The next address printed lets a second browser in.
    expect(await signIn(launched[0]!)).toMatch(/^rembuk_facilitator_/);
    await close();
  });

  it('refuses a missing or stale session cookie and writes nothing', async () => {
    const { core, host, close } = await runningHost();
    const cookie = await signIn(host.url);
    const input = { title: 'PLM', startDate: '2022-09-28', endDate: '2022-09-29' };
    const [name] = cookie.split('=');
    for (const stale of ['', `${name}=${'f'.repeat(64)}`, cookie.slice(0, -1)]) {
      const answer = await apiCall(host.port, stale, 'workshops.create', input);
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.body).error.code).toBe('unauthorized');
    }
    expect(await call(core, 'workshops.list', {})).toEqual([]);
    await close();
  });

  it('refuses requests whose Host header is not this loopback address and port, or that come from another page', async () => {
    const { host, close } = await runningHost();
    const cookie = await signIn(host.url);
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`]) {
      const answer = await apiCall(host.port, cookie, 'workshops.list', {}, { host: hostHeader });
      expect(answer.status).toBe(421);
      const launch = await send(host.port, { path: `/${new URL(host.launchUrl()).search}`, headers: { host: hostHeader } });
      expect(launch.headers['set-cookie']).toBeUndefined();
    }
    const foreign = await apiCall(host.port, cookie, 'workshops.list', {}, { origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const own = await apiCall(host.port, cookie, 'workshops.list', {}, { origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
    await close();
  });

  it('refuses bodies that are too large, not JSON, or not sent as JSON', async () => {
    const { host, close } = await runningHost();
    const headers = { host: `127.0.0.1:${host.port}`, cookie: await signIn(host.url) };
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

  it('streams committed changes to the signed-in page as server-sent events', async () => {
    const { core, host, close } = await runningHost();
    const cookie = await signIn(host.url);
    const received = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, cookie } }, (res) => {
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
    expect((await send(host.port, { path: '/api/events', headers: { host: `127.0.0.1:${host.port}` } })).status).toBe(401);
    await close();
  });
});
