import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Session, VoteRound } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import { rankEntries, voteTotals } from '#shared/voting.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard } from '../../../editor/board/context.tsx';
import { useStore, workshopGroups } from '../../../editor/store.ts';
import { GroupOptions } from '../../groups/GroupOptions.tsx';

/** The ranking of a closed vote, overall or of one group; merged duplicates count as one. */
export function Results({ session, round }: { session: Session; round: VoteRound }) {
  const { t } = useTranslation('voting');
  const [groupId, setGroupId] = useState<string>('');
  const run = useCommand();
  const { cards, clusters, votes, phoneVotes } = useBoard(useShallow((s) => ({ cards: s.cards, clusters: s.clusters, votes: s.votes, phoneVotes: s.phoneVotes })));
  const groups = useStore((s) => s.groups);
  const groupList = useStore(useShallow((s) => workshopGroups(s, session.workshopId)));
  const ranking = useMemo(() => {
    const boardCards = Object.values(cards).filter((c) => c.sessionId === session.id && c.deletedAt === null).sort(compareKeys);
    // Paper dots (per group) and the phones' dots (per person) count alike.
    const totals = voteTotals([...Object.values(votes), ...Object.values(phoneVotes)], [round], new Set(boardCards.map((c) => c.id)));
    return rankEntries(round, boardCards, Object.values(clusters), totals, groupId === '' ? undefined : groupId === 'inbox' ? null : groupId).filter((e) => e.dots > 0);
  }, [cards, clusters, votes, phoneVotes, round, session.id, groupId]);

  return (
    <div className="vote-results">
      <div className="vote-results-head">
        <strong>{t('results')}</strong>
        <label>
          {t('rankingOf')}
          <select value={groupId} onChange={(e) => setGroupId(e.target.value)}>
            <option value="">{t('overall')}</option>
            <GroupOptions groups={groupList} />
          </select>
        </label>
        {session.lockedAt === null && (
          <button type="button" onClick={() => void run('reopenVote', { roundId: round.id })}>
            {t('reopen')}
          </button>
        )}
      </div>
      {ranking.length === 0 ? (
        <p className="empty">{t('noDots')}</p>
      ) : (
        <ol className="ranking" aria-label={t('results')}>
          {ranking.map((entry) => (
            <li key={entry.clusterId ?? entry.cardIds[0]}>
              <span className="rank">{entry.rank}</span>
              <span className="ranking-title">
                {entry.title}
                {entry.clusterId && <span className="muted"> {t('mergedCount', { count: entry.cardIds.length })}</span>}
              </span>
              <span className="muted">{entry.groupId ? groups[entry.groupId]?.name : ''}</span>
              <strong className="ranking-dots">{t('dots', { count: entry.dots })}</strong>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
