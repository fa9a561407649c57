import { openEvents, postJson, type Endpoint } from './phone-http.ts';

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
  // Read as a second window would: each card's `cards.saved` resolves whoever waits for it.
  const waiting = new Map<string, (at: number) => void>();
  const close = await openEvents(to, '/api/events', cookie, (event) => {
    const saved = event as { type: string; cards?: Array<{ id: string }> };
    if (saved.type === 'cards.saved') for (const card of saved.cards ?? []) waiting.get(card.id)?.(performance.now());
  });
  const eventFor = (cardId: string) =>
    new Promise<number>((resolve, reject) => {
      // A move that announced nothing must fail the run, not hang it.
      const timer = setTimeout(() => reject(new Error(`no event for card ${cardId} within 5 s`)), 5000);
      waiting.set(cardId, (at) => {
        clearTimeout(timer);
        waiting.delete(cardId);
        resolve(at);
      });
    });
  try {
    const board = (await call('sessions.board', { id: sessionId })) as { cards: Array<{ id: string; groupId: string }> };
    const samples: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const card = board.cards.filter((c) => c.groupId === groupIds[i % 3])[i]!;
      const event = eventFor(card.id);
      const start = performance.now();
      await call('cards.move', { id: card.id, groupId: groupIds[(i % 3) + 1], afterCardId: null });
      const at = await event;
      // The first warms the connection and the statements up.
      if (i > 0) samples.push(at - start);
    }
    return samples;
  } finally {
    close();
  }
}
