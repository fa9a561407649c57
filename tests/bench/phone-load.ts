import { randomUUID } from 'node:crypto';
import type { Agent } from 'node:http';
import { getOnNewConnection, openEvents, phoneAgent, postJson, type Endpoint } from './phone-http.ts';

/** What the phones need to know about the room: the door, its key, the groups, the cards to vote on. */
export interface Room {
  door: Endpoint;
  key: { code: string; secret: string };
  groupIds: string[];
  roundId: string;
  /** At least five cards every phone may put a dot on. */
  ballot: string[];
  /** The facilitator's trivial read, timed during the burst. */
  read: () => Promise<number>;
  /** The facilitator's event stream: every card id it announced. */
  facilitatorEvents?: (onCardId: (id: string) => void) => Promise<() => void>;
}

export interface LoadResult {
  /** Every card and vote request, ms from send to answer. */
  writes: number[];
  reads: number[];
  newConnections: number[];
  cardIds: string[];
  votes: number;
  /** Dots the unmeasured warm-up phones placed (they are on the board too). */
  warmUpVotes: number;
  /** Requests that did not come back ok. */
  failed: number;
  /** Card events a phone (its own cards) or the facilitator's board never received. */
  eventsMissed: number;
  burstMs: number;
}

const CARDS_PER_PHONE = 10;
const VOTES_PER_PHONE = 5;
const READ_EVERY_MS = 5;
const CONNECT_EVERY_MS = 20;
/** Phones that go through the whole story first, unmeasured, so neither server is timed while still cold. */
const WARM_UP_PHONES = 10;
/** No run may go on longer than this, whatever happens. */
const DEADLINE_MS = 180_000;
const EVENT_WAIT_MS = 10_000;

interface Phone {
  agent: Agent;
  cookie: string;
  expected: Set<string>;
  received: Set<string>;
  close: () => void;
}

/**
 * `phones` phones, joined and listening, then all at once: each writes 10 cards and places 5
 * dots, one request after the other, as fast as the door answers. Meanwhile the facilitator
 * reads every 5 ms and, when asked, a new phone connects every 20 ms. Ten phones go through
 * the same story first, unmeasured, to warm both servers up.
 */
export async function runPhones(room: Room, phones: number, { probeConnections }: { probeConnections: boolean }): Promise<LoadResult> {
  const deadline = performance.now() + DEADLINE_MS;
  const warm: Phone[] = [];
  for (let i = 0; i < WARM_UP_PHONES; i++) warm.push(await joinPhone(room, phones + i));
  const discarded: LoadResult = { writes: [], reads: [], newConnections: [], cardIds: [], votes: 0, warmUpVotes: 0, failed: 0, eventsMissed: 0, burstMs: 0 };
  await Promise.all(warm.map((phone, index) => burst(room, phone, phones + index, discarded, deadline)));
  for (const phone of warm) {
    phone.close();
    phone.agent.destroy();
  }

  const joined: Phone[] = [];
  for (let i = 0; i < phones; i++) joined.push(await joinPhone(room, i));
  const seenByBoard = new Set<string>();
  const closeBoard = room.facilitatorEvents ? await room.facilitatorEvents((id) => seenByBoard.add(id)) : null;

  const result: LoadResult = { writes: [], reads: [], newConnections: [], cardIds: [], votes: 0, warmUpVotes: discarded.votes, failed: 0, eventsMissed: 0, burstMs: 0 };
  let bursting = true;
  const readProbe = (async () => {
    while (bursting && performance.now() < deadline) {
      result.reads.push(await room.read());
      await sleep(READ_EVERY_MS);
    }
  })();
  const connectProbe = (async () => {
    while (probeConnections && bursting && performance.now() < deadline) {
      result.newConnections.push((await getOnNewConnection(room.door, '/')).ms);
      await sleep(CONNECT_EVERY_MS);
    }
  })();

  const started = performance.now();
  await Promise.all(joined.map((phone, index) => burst(room, phone, index, result, deadline)));
  result.burstMs = performance.now() - started;
  bursting = false;
  await Promise.all([readProbe, connectProbe]);

  const everyone = () => joined.every((p) => [...p.expected].every((id) => p.received.has(id))) && (!closeBoard || result.cardIds.every((id) => seenByBoard.has(id)));
  const waitUntil = performance.now() + EVENT_WAIT_MS;
  while (!everyone() && performance.now() < waitUntil) await sleep(50);
  for (const phone of joined) for (const id of phone.expected) if (!phone.received.has(id)) result.eventsMissed += 1;
  if (closeBoard) for (const id of result.cardIds) if (!seenByBoard.has(id)) result.eventsMissed += 1;

  for (const phone of joined) {
    phone.close();
    phone.agent.destroy();
  }
  closeBoard?.();
  return result;
}

async function joinPhone(room: Room, index: number): Promise<Phone> {
  const agent = phoneAgent();
  const input = { key: room.key, participantId: null, name: `Peserta ${index + 1}`, groupId: room.groupIds[index % room.groupIds.length] ?? null };
  const answer = await postJson(room.door, '/call', { method: 'phone.join', input }, { agent });
  if (!answer.cookie) throw new Error(`phone ${index} could not join: ${JSON.stringify(answer.body)}`);
  const phone: Phone = { agent, cookie: answer.cookie, expected: new Set(), received: new Set(), close: () => undefined };
  phone.close = await openEvents(room.door, '/events', answer.cookie, (event) => {
    const cards = (event as { type?: string; cards?: Array<{ id: string }> }).cards;
    if (cards) for (const card of cards) phone.received.add(card.id);
  });
  return phone;
}

async function burst(room: Room, phone: Phone, index: number, result: LoadResult, deadline: number) {
  for (let n = 0; n < CARDS_PER_PHONE && performance.now() < deadline; n++) {
    const id = randomUUID();
    const input = { id, text: `Tantangan ${n + 1} dari peserta ${index + 1}: koleksi buku anak masih sedikit`, kind: 'challenge', customKindId: null };
    const answer = await postJson(room.door, '/call', { method: 'phone.cards.create', input }, { agent: phone.agent, cookie: phone.cookie });
    result.writes.push(answer.ms);
    if (isOk(answer.body)) {
      result.cardIds.push(id);
      phone.expected.add(id);
    } else result.failed += 1;
  }
  for (let v = 0; v < VOTES_PER_PHONE && performance.now() < deadline; v++) {
    const cardId = room.ballot[(index + v) % room.ballot.length]!;
    const answer = await postJson(room.door, '/call', { method: 'phone.vote', input: { roundId: room.roundId, cardId, dots: 1 } }, { agent: phone.agent, cookie: phone.cookie });
    result.writes.push(answer.ms);
    if (isOk(answer.body)) result.votes += 1;
    else result.failed += 1;
  }
}

function isOk(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true;
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
