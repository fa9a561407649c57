import { useTranslation } from 'react-i18next';
import type { Card } from '#shared/model.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { voteKey } from '../../../editor/board/board-state.ts';
import { useBoard, useBoardUi } from '../../../editor/board/context.tsx';
import { useStore } from '../../../editor/store.ts';
import { Icon } from '../Icon.tsx';
import { useOpenRound, useShownRound } from './rounds.ts';

/**
 * A card's votes. While a vote is open: the chosen group's dots on this card, with − and + (and
 * a number to type paper dots in); the totals stay hidden. Once closed: the card's total.
 */
export function CardVotes({ card }: { card: Card }) {
  const open = useOpenRound();
  const shown = useShownRound();
  const groupId = useBoardUi((s) => s.voterGroupId);
  const locked = useStore((s) => s.sessions[card.sessionId]?.lockedAt != null);
  if (open && groupId && !locked && (open.cardKind === null || open.cardKind === card.kind)) {
    return <VoteControl roundId={open.id} cardId={card.id} groupId={groupId} />;
  }
  if (!open && shown) return <VoteTotal roundId={shown.id} cardId={card.id} />;
  return null;
}

function VoteTotal({ roundId, cardId }: { roundId: string; cardId: string }) {
  const total = useBoard((s) => {
    let n = 0;
    for (const v of Object.values(s.votes)) if (v.roundId === roundId && v.cardId === cardId) n += v.dots;
    return n;
  });
  return <DotTotal total={total} />;
}

/**
 * A vote's total on a card or cluster, read out as "2 titik" (a label on a plain span is not
 * read, so the words are in the text, hidden from sight, and the bare number from the reader).
 */
export function DotTotal({ total }: { total: number }) {
  const { t } = useTranslation('voting');
  if (total === 0) return null;
  const words = t('dots', { count: total });
  return (
    <span className="vote-total" title={words}>
      <Icon name="dot" />
      <span aria-hidden="true">{total}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

function VoteControl({ roundId, cardId, groupId }: { roundId: string; cardId: string; groupId: string }) {
  const { t } = useTranslation('voting');
  const run = useCommand();
  const dots = useBoard((s) => s.votes[voteKey({ roundId, cardId, groupId })]?.dots ?? 0);
  const group = useStore((s) => s.groups[groupId]?.name ?? '');
  const setDots = (value: number) => void run('setDots', { roundId, cardId, groupId, dots: value });
  return (
    <span className="vote-control" onClick={(e) => e.stopPropagation()} onKeyDown={(e) => e.stopPropagation()}>
      <button type="button" disabled={dots === 0} onClick={() => setDots(dots - 1)} aria-label={t('removeDot', { group })}>
        −
      </button>
      <input
        type="number"
        min={0}
        inputMode="numeric"
        value={dots}
        aria-label={t('dotsOf', { group })}
        onChange={(e) => {
          const value = Number.parseInt(e.target.value, 10);
          if (Number.isInteger(value) && value >= 0) setDots(value);
        }}
      />
      <button type="button" onClick={() => setDots(dots + 1)} aria-label={t('addDot', { group })}>
        +
      </button>
    </span>
  );
}
