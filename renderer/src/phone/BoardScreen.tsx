import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCard, PhoneState } from '#shared/phone.ts';
import { Heading } from './Heading.tsx';
import { MyCards } from './MyCards.tsx';
import { clock, useRemaining } from './useRemaining.ts';
import { VoteList } from './VoteList.tsx';
import { WriteCard } from './WriteCard.tsx';

type Tab = 'cards' | 'vote';

/** A joined phone: the question and timer on top, then writing cards, or voting while a vote is open. */
export function BoardScreen({ state, clockOffset, onCard, onDots }: { state: PhoneState; clockOffset: number; onCard: (card: PhoneCard) => void; onDots: (myDots: Record<string, number>) => void }) {
  const { t } = useTranslation('phone');
  const [tab, setTab] = useState<Tab>('cards');
  const { session, me, vote } = state;
  const shown: Tab = vote ? tab : 'cards';
  return (
    <>
      <header className="phone-board-head">
        <Heading>{session.title || t('board.heading')}</Heading>
        <p className="phone-me">
          {t('board.me', { name: me.name })} · {me.groupName ? t('board.group', { group: me.groupName }) : t('board.noGroup')}
        </p>
        <Timer state={state} clockOffset={clockOffset} />
        {session.question && (
          <div className="phone-question">
            <h2>{t('board.question')}</h2>
            <p>{session.question}</p>
          </div>
        )}
        {session.locked && (
          <p className="phone-problem" role="status">
            {t('board.locked')}
          </p>
        )}
      </header>
      {vote && (
        <nav className="phone-tabs" aria-label={t('tabs.label')}>
          {(['cards', 'vote'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={shown === name} onClick={() => setTab(name)}>
              {t(`tabs.${name}`)}
            </button>
          ))}
        </nav>
      )}
      {shown === 'vote' && vote ? (
        <VoteList vote={vote} locked={session.locked} onDots={onDots} />
      ) : (
        <>
          {!session.locked && <WriteCard key={session.id} sessionId={session.id} kinds={session.kinds} onSent={onCard} />}
          <MyCards cards={state.cards} kinds={session.kinds} locked={session.locked} onChanged={onCard} />
        </>
      )}
    </>
  );
}

function Timer({ state, clockOffset }: { state: PhoneState; clockOffset: number }) {
  const { t } = useTranslation('phone');
  const { timer } = state.session;
  const remaining = useRemaining(timer, clockOffset);
  if (timer.endsAt === null && timer.remainingMs === timer.durationMs) return null;
  return (
    <p className="phone-timer" role="timer" aria-live="off">
      {remaining > 0 ? t('board.timer', { time: clock(remaining) }) : t('board.timeUp')}
    </p>
  );
}
