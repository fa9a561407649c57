import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { DOOR_LIMITS } from '../../../electron/host/door/guards.ts';
import { call } from '../helpers/core.ts';
import { keyOf, openDoorCore } from '../helpers/door.ts';
import { cookieOf, send } from './http.ts';

/** The door opened on 127.0.0.1 for the Lampung board, and a way to talk to it as a phone. */
async function openRoom() {
  const room = await openDoorCore();
  const door = await call(room.core, 'door.open', { sessionId: room.session.id });
  const url = new URL(door.addresses[0]!);
  const port = Number(url.port);
  const key = keyOf(door.joinUrl);
  const phoneCall = (method: string, input: unknown, headers: Record<string, string> = {}) =>
    send(port, {
      path: '/call',
      method: 'POST',
      headers: { host: url.host, 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ method, input }),
    });
  const join = async (name: string) => {
    const answer = await phoneCall('phone.join', { key, participantId: null, name, groupId: room.groups[0]!.id });
    return cookieOf(answer);
  };
  return { ...room, door, url, port, key, phoneCall, join };
}

describe('the participants’ door over HTTP', () => {
  it('serves the participant page with a strict policy and no CORS, and sets an HttpOnly SameSite=Strict device cookie', async () => {
    const { url, port, phoneCall, key, groups } = await openRoom();
    const page = await send(port, { path: '/', headers: { host: url.host } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Rembuk peserta');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const joined = await phoneCall('phone.join', { key, participantId: null, name: 'Pak Joko', groupId: groups[0]!.id });
    expect(JSON.parse(joined.body)).toMatchObject({ ok: true, value: { me: { name: 'Pak Joko' } } });
    expect(joined.headers['set-cookie']?.[0]).toMatch(/^rembuk_phone=[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    expect(joined.headers['access-control-allow-origin']).toBeUndefined();
    const state = await phoneCall('phone.state', {}, { cookie: cookieOf(joined) });
    expect(JSON.parse(state.body)).toMatchObject({ ok: true, value: { me: { name: 'Pak Joko', groupName: 'Lampung Tengah' } } });
  });

  it('refuses the facilitator’s methods, API, files and pages', async () => {
    const { core, url, port, phoneCall, join } = await openRoom();
    const cookie = await join('Pak Joko');
    for (const method of ['workshops.list', 'workshops.create', 'reports.start', 'spreadsheets.read', 'door.close', 'settings.update']) {
      const answer = await phoneCall(method, { title: 'X' }, { cookie });
      expect(JSON.parse(answer.body), method).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    for (const path of ['/api/call', '/api/events', '/index.js', '/assets/../../package.json', '/%2e%2e/package.json', '/favicon.ico']) {
      expect((await send(port, { path, headers: { host: url.host, cookie } })).status, path).toBe(404);
    }
    expect((await send(port, { path: '/api/call', method: 'POST', headers: { host: url.host, cookie, 'content-type': 'application/json' }, body: '{}' })).status).toBe(405);
    expect((await call(core, 'workshops.list', {})).map((w) => w.title)).toEqual(['PLM Provinsi Lampung 2019']);
  });

  it('answers only its own Host, and refuses requests from another origin', async () => {
    const { url, port, key } = await openRoom();
    const body = JSON.stringify({ method: 'phone.welcome', input: { key } });
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1', `127.0.0.1:${port + 1}`, `localhost:${port}`]) {
      const answer = await send(port, { path: '/call', method: 'POST', headers: { host, 'content-type': 'application/json' }, body });
      expect(answer.status, host).toBe(421);
      expect((await send(port, { path: '/', headers: { host } })).status).toBe(421);
    }
    const foreign = await send(port, { path: '/call', method: 'POST', headers: { host: url.host, origin: 'http://evil.example', 'content-type': 'application/json' }, body });
    expect(foreign.status).toBe(403);
    const form = await send(port, { path: '/call', method: 'POST', headers: { host: url.host, 'content-type': 'text/plain' }, body });
    expect(form.status).toBe(415);
  });

  it('refuses a wrong or old join code, and makes a guesser wait', async () => {
    const { core, phoneCall, key } = await openRoom();
    const wrong = await phoneCall('phone.welcome', { key: { code: key.code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' } });
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'join_code_wrong' } });
    await call(core, 'door.rotateCode', {});
    const old = await phoneCall('phone.join', { key, participantId: null, name: 'Penyusup', groupId: null });
    expect(JSON.parse(old.body)).toMatchObject({ ok: false, error: { code: 'join_code_wrong' } });
    expect(old.headers['set-cookie']).toBeUndefined();
    for (let i = 2; i < DOOR_LIMITS.wrongCodesPerMinute; i++) await phoneCall('phone.welcome', { key: { code: 'AAAAAA' } });
    const guessing = await phoneCall('phone.welcome', { key });
    expect(guessing.status).toBe(429);
    expect(JSON.parse(guessing.body)).toMatchObject({ ok: false, error: { code: 'too_many_requests' } });
  });

  it('refuses a body over 16 KB and writes nothing', async () => {
    const { core, session, phoneCall, join } = await openRoom();
    const cookie = await join('Pak Joko');
    const big = await phoneCall('phone.cards.create', { id: randomUUID(), text: 'x'.repeat(DOOR_LIMITS.maxBodyBytes), kind: 'challenge', customKindId: null }, { cookie });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toEqual([]);
  });

  it('lets one phone write 20 cards a minute, and refuses the 21st', async () => {
    const { core, session, phoneCall, join } = await openRoom();
    const cookie = await join('Pak Joko');
    const other = await join('Bu Ani');
    const write = (c: string, n: number) => phoneCall('phone.cards.create', { id: randomUUID(), text: `Kartu ${n}`, kind: 'challenge', customKindId: null }, { cookie: c });
    for (let n = 1; n <= DOOR_LIMITS.cardsPerMinute; n++) expect(JSON.parse((await write(cookie, n)).body).ok).toBe(true);
    const refused = await write(cookie, 21);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'too_many_requests' } });
    // Another phone is not held back by the first one's limit.
    expect(JSON.parse((await write(other, 1)).body).ok).toBe(true);
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toHaveLength(DOOR_LIMITS.cardsPerMinute + 1);
  });

  it('streams a phone its events and tells it when the door closes; a closed door refuses everything', async () => {
    const { core, url, port, join, key } = await openRoom();
    const cookie = await join('Pak Joko');
    const stream = new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/events', headers: { host: url.host, cookie } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.once('data', () => void call(core, 'door.close', {}));
        res.on('end', () => resolve(text));
      });
      req.on('error', reject);
      req.end();
    });
    expect(await stream).toContain('data: {"type":"closed","by":"facilitator"}');
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      socket.on('connect', () => {
        socket.destroy();
        resolve('connected');
      });
    });
    expect(refused).toBe('ECONNREFUSED');
    expect(key.code).toHaveLength(6);
  });

  it('refuses events to a phone that has not joined', async () => {
    const { url, port } = await openRoom();
    expect((await send(port, { path: '/events', headers: { host: url.host } })).status).toBe(401);
    expect((await send(port, { path: '/events', headers: { host: url.host, cookie: 'rembuk_phone=made.up' } })).status).toBe(401);
  });

  it('closes a connection that sends its request too slowly', async () => {
    const { port } = await openRoom();
    const started = performance.now();
    let answer = '';
    const closedAfter = await new Promise<number>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`));
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
      socket.on('close', () => resolve(performance.now() - started));
      socket.on('error', () => undefined);
      setTimeout(() => reject(new Error('still open')), DOOR_LIMITS.headersTimeoutMs + 5_000);
    });
    expect(closedAfter).toBeGreaterThanOrEqual(DOOR_LIMITS.headersTimeoutMs - 100);
    expect(answer).toContain('408 Request Timeout');
  });
});
