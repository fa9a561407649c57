import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { CardKind, Session, VoteBudgetScope, VoteRound } from '#shared/model.ts';
import { VOTE_BUDGET_MAX } from '#shared/schemas.ts';
import { dotsUsed, groupBudget } from '#shared/voting.ts';
import { boardKinds } from '#shared/board/kinds.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { votersKey } from '../../../editor/board/board-state.ts';
import { useBoard, useBoardUi } from '../../../editor/board/context.tsx';
import { useWorkshopGroups } from '../../../editor/store.ts';
import { useKindLabel } from '../model/useKindLabel.ts';
import { Results } from './Results.tsx';
import { useOpenRound, useRounds } from './rounds.ts';
import { GroupOptions } from '../../groups/GroupOptions.tsx';

/** Dot voting: open a vote with a budget, enter each group's dots, close it to see the ranking. */
export function VotePanel({ session }: { session: Session }) {
  const { t } = useTranslation('voting');
  const open = useOpenRound();
  const rounds = useRounds();
  const closed = rounds.filter((r) => r.closedAt !== null);
  const [resultsOf, setResultsOf] = useState<string | null>(null);
  const shown = closed.find((r) => r.id === resultsOf) ?? closed.at(-1);
  return (
    <section className="bar vote-panel" aria-label={t('panel')}>
      {open ? <OpenRound session={session} round={open} /> : session.lockedAt === null && <NewRound session={session} />}
      {!open && shown && (
        <div className="vote-results-wrap">
          {closed.length > 1 && (
            <label>
              {t('resultsOf')}
              <select value={shown.id} onChange={(e) => setResultsOf(e.target.value)}>
                {closed.map((r, i) => (
                  <option key={r.id} value={r.id}>
                    {t('roundN', { n: i + 1 })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Results session={session} round={shown} />
        </div>
      )}
    </section>
  );
}

function NewRound({ session }: { session: Session }) {
  const { t } = useTranslation('voting');
  const kindLabel = useKindLabel();
  const run = useCommand();
  const [budget, setBudget] = useState(3);
  const [scope, setScope] = useState<VoteBudgetScope>('group');
  const [onePerCard, setOnePerCard] = useState(false);
  const [cardKind, setCardKind] = useState<CardKind | ''>(session.template === 'challenges_solutions' ? 'challenge' : '');
  const kinds = boardKinds(session.template, [], []).filter((k) => k.customKindId === null);
  return (
    <form
      className="vote-form"
      onSubmit={async (e) => {
        e.preventDefault();
        await run('openVote', { budget, budgetScope: scope, onePerCard, cardKind: cardKind || null });
      }}
    >
      <strong>{t('newVote')}</strong>
      <label>
        {t('budget')}
        <input type="number" min={1} max={VOTE_BUDGET_MAX} value={budget} onChange={(e) => setBudget(Number(e.target.value))} />
      </label>
      <label>
        {t('per')}
        <select value={scope} onChange={(e) => setScope(e.target.value as VoteBudgetScope)}>
          <option value="group">{t('scope.group')}</option>
          <option value="participant">{t('scope.participant')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={onePerCard} onChange={(e) => setOnePerCard(e.target.checked)} />
        {t('onePerCard')}
      </label>
      <label>
        {t('forCards')}
        <select value={cardKind} onChange={(e) => setCardKind(e.target.value as CardKind | '')}>
          <option value="">{t('allCards')}</option>
          {kinds.map((k) => (
            <option key={k.key} value={k.kind}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        {t('open')}
      </button>
    </form>
  );
}

function OpenRound({ session, round }: { session: Session; round: VoteRound }) {
  const { t } = useTranslation(['voting', 'board']);
  const run = useCommand();
  const groups = useWorkshopGroups(session.workshopId);
  const votes = useBoard(useShallow((s) => Object.values(s.votes).filter((v) => v.roundId === round.id)));
  const voters = useBoard((s) => s.voteVoters);
  const groupId = useBoardUi((s) => s.voterGroupId);
  // Opening the vote removes the form the focus was in: the choice of group comes next. (A vote
  // opened from elsewhere leaves the focus where the facilitator has it.)
  const groupSelect = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) groupSelect.current?.focus();
  }, []);
  const votersOf = (gid: string) => (round.budgetScope === 'participant' ? (voters[votersKey({ roundId: round.id, groupId: gid })]?.voters ?? 0) : 1);
  const rules = [
    t(round.budgetScope === 'group' ? 'rules.perGroup' : 'rules.perParticipant', { count: round.budget }),
    round.onePerCard ? t('rules.onePerCard') : null,
    round.cardKind ? t('rules.only', { kind: t(`board:kind.${round.cardKind}`) }) : null,
  ].filter(Boolean);
  return (
    <div className="vote-open">
      <p>
        <strong>{t('isOpen')}</strong> {rules.join(' · ')} <span className="muted">{t('hiddenUntilClosed')}</span>
      </p>
      <label>
        {t('enterFor')}
        <select ref={groupSelect} value={groupId ?? ''} onChange={(e) => void run('voterGroup', { groupId: e.target.value || null })}>
          <option value="">{t('chooseGroup')}</option>
          <GroupOptions groups={groups} />
        </select>
      </label>
      {groupId && round.budgetScope === 'participant' && (
        <label>
          {t('voters')}
          <input
            type="number"
            min={0}
            key={`${round.id}:${groupId}`}
            defaultValue={votersOf(groupId) || ''}
            onBlur={(e) => void run('setVoters', { roundId: round.id, groupId, voters: Number(e.target.value) || 0 })}
            onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          />
        </label>
      )}
      <ul className="vote-progress" aria-label={t('progress')}>
        {groups.map((g) => {
          const budget = groupBudget(round, votersOf(g.id));
          const used = dotsUsed(votes, round.id, g.id);
          return (
            <li key={g.id} className={g.id === groupId ? 'current' : undefined}>
              {t('usedOf', { group: g.name, used, budget })}
            </li>
          );
        })}
      </ul>
      {session.lockedAt === null && (
        <span className="vote-actions">
          <button type="button" className="primary" onClick={() => void run('closeVote', { roundId: round.id })}>
            {t('close')}
          </button>
          <button type="button" onClick={() => void run('deleteVote', { roundId: round.id })}>
            {t('cancelVote')}
          </button>
        </span>
      )}
    </div>
  );
}
