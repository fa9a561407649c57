import { request } from 'node:http';
import { postJson, type Endpoint } from './phone-http.ts';

/**
 * The same kind of move as the board bench's drops, sent from a plain Node client to the browser
 * host and timed to the host's server-sent event for that card: the transport and the core alone,
 * with no page. What the drop costs beyond this is the page's own work.
 */
export async function hostRoundTrip(url: string, cookie: string, sessionId: string, groupIds: string[], runs: number): Promise<number[]> {
  const { host, port } = new URL(url);
  const to: Endpoint = { host, port: Number(port) };
  const call = async (method: string, input: unknown) => {
    const answer = await postJson(to, '/api/call', { method, input }, { cookie });
    const outcome = answer.body as { ok: boolean; value: unknown };
    if (!outcome.ok) throw new Error(`${method}: ${JSON.stringify(answer.body)}`);
    return outcome.value;
  };
  const events = await openEvents(to, cookie);
  try {
    const board = (await call('sessions.board', { id: sessionId })) as { cards: Array<{ id: string; groupId: string }> };
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const card = board.cards.filter((c) => c.groupId === groupIds[i % 3])[i]!;
      const event = events.next(card.id);
      const start = performance.now();
      await call('cards.move', { id: card.id, groupId: groupIds[(i % 3) + 1], afterCardId: null });
      const at = await event;
      // The first warms the connection and the statements up.
      if (i > 0) samples.push(at - start);
    }
    return samples;
  } finally {
    events.close();
  }
}

/** The host's event stream, read as a second window would: `next(cardId)` resolves when a `cards.saved` names that card. */
function openEvents(to: Endpoint, cookie: string): Promise<{ next(cardId: string): Promise<number>; close(): void }> {
  const waiting = new Map<string, (at: number) => void>();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: to.port, path: '/api/events', headers: { host: to.host, cookie, accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`events answered ${res.statusCode}`));
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = buffer.slice(0, end).split('\n').filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n');
          buffer = buffer.slice(end + 2);
          if (!data) continue;
          const event = JSON.parse(data) as { type: string; cards?: Array<{ id: string }> };
          if (event.type !== 'cards.saved') continue;
          for (const card of event.cards ?? []) {
            const done = waiting.get(card.id);
            waiting.delete(card.id);
            done?.(performance.now());
          }
        }
      });
      resolve({ next: (cardId) => new Promise((done) => waiting.set(cardId, done)), close: () => req.destroy() });
    });
    req.on('error', reject);
    req.end();
  });
}
