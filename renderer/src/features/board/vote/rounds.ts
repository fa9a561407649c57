import type { VoteRound } from '#shared/model.ts';
import { getState, useStore } from '../../../state/store.ts';

/** The vote open on a board (at most one), or null. */
export function openRound(sessionId: string): VoteRound | null {
  return Object.values(getState().voteRounds).find((r) => r.sessionId === sessionId && r.closedAt === null && r.deletedAt === null) ?? null;
}

export function useOpenRound(sessionId: string): VoteRound | null {
  return useStore((s) => Object.values(s.voteRounds).find((r) => r.sessionId === sessionId && r.closedAt === null && r.deletedAt === null) ?? null);
}

/** The newest closed vote of a board, whose results the cards show. */
export function useShownRound(sessionId: string): VoteRound | null {
  return useStore(
    (s) =>
      Object.values(s.voteRounds)
        .filter((r) => r.sessionId === sessionId && r.closedAt !== null && r.deletedAt === null)
        .sort((a, b) => (a.closedAt! < b.closedAt! ? 1 : -1))[0] ?? null,
  );
}

/** Every vote of a board, oldest first. */
export function useRounds(sessionId: string): VoteRound[] {
  const rounds = useStore((s) => s.voteRounds);
  return Object.values(rounds)
    .filter((r) => r.sessionId === sessionId && r.deletedAt === null)
    .sort((a, b) => (a.openedAt < b.openedAt ? -1 : 1));
}
