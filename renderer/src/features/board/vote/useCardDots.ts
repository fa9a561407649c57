import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBoard } from '../../../editor/board/context.tsx';
import { useOpenRound, useShownRound } from './rounds.ts';

/**
 * The dots each card has in the vote the board shows (the newest closed one; none while a vote
 * is open, whose results stay hidden): paper dots entered per group and the phones' dots alike.
 */
export function useCardDots(): Map<string, number> {
  const open = useOpenRound();
  const shown = useShownRound();
  const roundId = open ? null : (shown?.id ?? null);
  const { votes, phoneVotes } = useBoard(useShallow((s) => ({ votes: s.votes, phoneVotes: s.phoneVotes })));
  return useMemo(() => {
    const dots = new Map<string, number>();
    if (!roundId) return dots;
    for (const v of [...Object.values(votes), ...Object.values(phoneVotes)]) {
      if (v.roundId === roundId && v.dots > 0) dots.set(v.cardId, (dots.get(v.cardId) ?? 0) + v.dots);
    }
    return dots;
  }, [roundId, votes, phoneVotes]);
}
