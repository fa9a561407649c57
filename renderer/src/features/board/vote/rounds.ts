import type { VoteRound } from '#shared/model.ts';
import { useShallow } from 'zustand/react/shallow';
import { useBoard } from '../../../editor/board/context.tsx';

/** The vote open on this board (at most one), or null. */
export function useOpenRound(): VoteRound | null {
  return useBoard((s) => Object.values(s.voteRounds).find((r) => r.closedAt === null && r.deletedAt === null) ?? null);
}

/** The newest closed vote of this board, whose results the cards show. */
export function useShownRound(): VoteRound | null {
  return useBoard(
    (s) =>
      Object.values(s.voteRounds)
        .filter((r) => r.closedAt !== null && r.deletedAt === null)
        .sort((a, b) => (a.closedAt! < b.closedAt! ? 1 : -1))[0] ?? null,
  );
}

/** Every vote of this board, oldest first. */
export function useRounds(): VoteRound[] {
  return useBoard(useShallow((s) => Object.values(s.voteRounds).filter((r) => r.deletedAt === null))).toSorted((a, b) => (a.openedAt < b.openedAt ? -1 : 1));
}
