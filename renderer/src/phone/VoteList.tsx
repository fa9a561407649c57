import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotCard, PhoneVote } from '#shared/phone.ts';
import { phoneCall } from './api.ts';
import { problemText } from './errors.ts';

/** The open vote: the cards it takes, grouped as on the board, with this person's dots on each. */
export function VoteList({ vote, locked, onDots }: { vote: PhoneVote; locked: boolean; onDots: (myDots: Record<string, number>) => void }) {
  const { t } = useTranslation('phone');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const used = Object.values(vote.myDots).reduce((sum, n) => sum + n, 0);
  const left = vote.budget - used;

  const setDots = async (card: BallotCard, dots: number) => {
    setBusy(true);
    setProblem(null);
    try {
      onDots(await phoneCall('phone.vote', { roundId: vote.roundId, cardId: card.id, dots }));
    } catch (error) {
      setProblem(problemText(error));
    } finally {
      setBusy(false);
    }
  };

  const groups: Array<{ name: string | null; cards: BallotCard[] }> = [];
  for (const card of vote.cards) {
    const last = groups[groups.length - 1];
    if (last && last.name === card.groupName) last.cards.push(card);
    else groups.push({ name: card.groupName, cards: [card] });
  }

  return (
    <section className="phone-panel" aria-labelledby="vote-heading">
      <h2 id="vote-heading">{t('vote.heading')}</h2>
      <p className="phone-dots-left" role="status">
        {t('vote.left', { left, budget: vote.budget })}
      </p>
      {vote.onePerCard && <p className="phone-hint">{t('vote.onePerCard')}</p>}
      {problem && (
        <p className="phone-problem" role="alert">
          {problem}
        </p>
      )}
      {vote.cards.length === 0 && <p className="phone-hint">{t('vote.none')}</p>}
      {groups.map((group) => (
        <div key={group.name ?? ''} className="phone-ballot-group">
          {group.name && <h3>{group.name}</h3>}
          <ul className="phone-cards">
            {group.cards.map((card) => {
              const dots = vote.myDots[card.id] ?? 0;
              const canAdd = !locked && left > 0 && !(vote.onePerCard && dots >= 1);
              return (
                <li key={card.id} className="phone-card phone-ballot">
                  <p className="phone-card-text">{card.text}</p>
                  <div className="phone-stepper">
                    <button type="button" aria-label={t('vote.remove', { text: card.text })} disabled={busy || locked || dots === 0} onClick={() => void setDots(card, dots - 1)}>
                      −
                    </button>
                    <span className="phone-dot-count">{t('vote.dots', { count: dots })}</span>
                    <button type="button" aria-label={t('vote.add', { text: card.text })} disabled={busy || !canAdd} onClick={() => void setDots(card, dots + 1)}>
                      +
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
