import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';

/**
 * The baseline of the phones bench: a bare node:http server answering the very requests the
 * door gets (join with a cookie, cards, dots, the event stream, the facilitator's read, the
 * page) with fixed answers and no database. What is left is what HTTP on this machine costs.
 * Run as its own process, like the real host; prints its port and stops on SIGTERM or stdin end.
 */
const streams = new Map<string, ServerResponse>();
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const cookie = /rembuk_phone=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? '';
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      streams.set(cookie, res);
      req.on('close', () => streams.delete(cookie));
      return;
    }
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><title>Rembuk peserta</title>');
    }
    const { method, input } = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { method: string; input: { id?: string; text?: string } };
    const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
    let value: unknown = {};
    if (method === 'phone.join') headers['set-cookie'] = `rembuk_phone=${randomBytes(16).toString('hex')}; Path=/; HttpOnly; SameSite=Strict`;
    if (method === 'phone.cards.create') {
      value = { id: input.id, text: input.text };
      streams.get(cookie)?.write(`data: ${JSON.stringify({ type: 'cards', cards: [value] })}\n\n`);
    }
    res.writeHead(200, headers);
    res.end(JSON.stringify({ ok: true, value }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`port ${typeof address === 'object' && address ? address.port : 0}`);
});
const stop = () => {
  for (const res of streams.values()) res.end();
  server.close(() => process.exit(0));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
