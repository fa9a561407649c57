import type { AppEvent } from '#shared/events.ts';
import type { PhoneCard } from '#shared/phone.ts';
import type { CoreContext } from '../context.ts';
import type { Door } from './door.ts';
import { loadDoorBoard } from './phone-state.ts';
import { toPhoneCard, toPhoneSession } from './phone-view.ts';

/** Cards change in bursts while a vote is open; the phones re-read the ballot at most this often. */
const BALLOT_REFRESH_MS = 1000;

/**
 * Passes what the core announces on to the phones, each only what it may see: the board's
 * question, kinds and timer to all, a card to the phone that wrote it, a hint to read the
 * ballot again when a vote opens or its cards change. Locking the board closes the door.
 */
export function followBoard(ctx: CoreContext, door: Door): () => void {
  let refreshTimer: NodeJS.Timeout | null = null;
  const refreshBallotSoon = () => {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = null;
      door.broadcast({ type: 'refresh' });
    }, BALLOT_REFRESH_MS);
    refreshTimer.unref();
  };
  const sendBoard = async (sessionId: string) => {
    const board = await loadDoorBoard(ctx.db, sessionId);
    if (door.current?.sessionId === sessionId) door.broadcast({ type: 'session', session: toPhoneSession(board.session, board.customKinds, ctx.now()) });
  };

  const follow = (event: AppEvent) => {
    const open = door.current;
    if (!open) return;
    switch (event.type) {
      case 'session.saved':
        if (event.session.id !== open.sessionId) return;
        if (event.session.lockedAt !== null || event.session.deletedAt !== null) void door.close('lock');
        else void sendBoard(open.sessionId).catch((error: unknown) => console.error('Phones missed a board change', error));
        return;
      case 'kinds.saved':
        if (event.sessionId === open.sessionId) void sendBoard(open.sessionId).catch((error: unknown) => console.error('Phones missed a kind change', error));
        return;
      case 'cards.saved': {
        if (event.sessionId !== open.sessionId) return;
        const byDevice = new Map<string, PhoneCard[]>();
        for (const card of event.cards) {
          if (card.deviceId !== null && door.isConnected(card.deviceId)) byDevice.set(card.deviceId, [...(byDevice.get(card.deviceId) ?? []), toPhoneCard(card)]);
        }
        for (const [deviceId, cards] of byDevice) door.deliver(deviceId, { type: 'cards', cards });
        if (open.voteOpen) refreshBallotSoon();
        return;
      }
      case 'voteRounds.saved':
        if (event.sessionId !== open.sessionId) return;
        door.setVoteOpen(event.rounds.some((r) => r.closedAt === null && r.deletedAt === null));
        door.broadcast({ type: 'refresh' });
        return;
      case 'group.saved':
        if (event.group.workshopId === open.workshopId) door.broadcast({ type: 'refresh' });
        return;
      case 'group.deleted':
        if (event.workshopId === open.workshopId) door.broadcast({ type: 'refresh' });
        return;
      default:
        return;
    }
  };
  const unsubscribe = ctx.events.subscribe(follow);
  return () => {
    if (refreshTimer) clearTimeout(refreshTimer);
    unsubscribe();
  };
}
