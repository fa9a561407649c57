import { RateLimit } from './rate-limit.ts';

/** The door's limits, in one place. */
export const DOOR_LIMITS = {
  /** Largest request body: a card is at most 1,000 characters. */
  maxBodyBytes: 16 * 1024,
  /** Cards one phone may write: 20 a minute. */
  cardsPerMinute: 20,
  /** Any call of one phone (reading its state, editing, voting). */
  callsPerMinute: 240,
  /** Wrong join codes from one network address before it must wait. */
  wrongCodesPerMinute: 10,
  /** Event streams one phone may hold open (a reload may briefly overlap). */
  streamsPerDevice: 3,
  /** Slow or idle connections are closed. */
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketMs: 30_000,
  heartbeatMs: 15_000,
  maxHeaderBytes: 8 * 1024,
  maxConnections: 1_000,
} as const;

const MINUTE = 60_000;

/** The rate limits of one open door (cleared when it closes). */
export class DoorGuards {
  readonly cards = new RateLimit({ capacity: DOOR_LIMITS.cardsPerMinute, perMs: MINUTE });
  readonly calls = new RateLimit({ capacity: DOOR_LIMITS.callsPerMinute, perMs: MINUTE });
  readonly wrongCodes = new RateLimit({ capacity: DOOR_LIMITS.wrongCodesPerMinute, perMs: MINUTE });
  readonly streams = new Map<string, number>();

  clear() {
    this.cards.clear();
    this.calls.clear();
    this.wrongCodes.clear();
    this.streams.clear();
  }
}
