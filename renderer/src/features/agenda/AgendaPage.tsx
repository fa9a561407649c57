import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { Link } from 'wouter';
import type { Session } from '#shared/model.ts';
import { daysInclusive, meetingDay } from '#shared/schemas.ts';
import { deleteSession } from '../../editor/actions/sessions.ts';
import { useStore } from '../../editor/store.ts';
import { formatDay, formatTime } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { agendaOrder } from './agenda-order.ts';
import { SessionForm } from './SessionForm.tsx';
import { useSessionName } from './useSessionName.ts';

/** The meeting's days and sessions: plenaries and board exercises, each board one click away. */
export function AgendaPage({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation('agenda');
  const workshop = useStore((s) => s.workshops[workshopId]);
  const sessions = useStore(useShallow((s) => agendaOrder(Object.values(s.sessions).filter((x) => x.workshopId === workshopId && x.deletedAt === null))));
  const [adding, setAdding] = useState<number | null>(null);
  if (!workshop) return null;
  const language = i18n.language === 'en' ? 'en' : 'id';
  const days = Array.from({ length: daysInclusive(workshop.startDate, workshop.endDate) }, (_, i) => i + 1);
  return (
    <div className="agenda-page">
      <h2>{t('title')}</h2>
      {days.map((day) => (
        <section key={day} className="agenda-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>
            {t('dayN', { day })} <span className="muted">{formatDay(meetingDay(workshop.startDate, day), language)}</span>
          </h3>
          <ol className="agenda-list">
            {sessions
              .filter((s) => s.day === day)
              .map((session) => (
                <AgendaRow key={session.id} session={session} days={days.length} />
              ))}
          </ol>
          {adding === day ? (
            <SessionForm workshopId={workshopId} days={days.length} initial={{ day }} onDone={() => setAdding(null)} />
          ) : (
            <button type="button" onClick={() => setAdding(day)}>
              {t('addSession')}
            </button>
          )}
        </section>
      ))}
    </div>
  );
}

function AgendaRow({ session, days }: { session: Session; days: number }) {
  const { t } = useTranslation(['agenda', 'board']);
  const sessionName = useSessionName();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="agenda-item editing">
        <SessionForm workshopId={session.workshopId} days={days} session={session} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const name = sessionName(session);
  return (
    <li className={`agenda-item agenda-${session.kind}`}>
      <span className="agenda-time">
        {session.startTime ? formatTime(session.startTime, language) : '—'}
        {session.durationMinutes ? <span className="muted"> · {t('minutes', { count: session.durationMinutes })}</span> : null}
      </span>
      <span className="agenda-what">
        <strong>{name}</strong>
        <span className="muted">
          {session.kind === 'board' ? t(`board:template.${session.template}`) : t('kind.plenary')}
          {session.lockedAt ? ` · ${t('board:lockedBadge')}` : ''}
        </span>
        {session.question && <span className="agenda-question">{session.question}</span>}
      </span>
      <span className="agenda-actions">
        {session.kind === 'board' && (
          <Link href={`/workshops/${session.workshopId}/sessions/${session.id}`} className="button-link" aria-label={t('openBoardOf', { name })}>
            {t('openBoard')}
          </Link>
        )}
        <button type="button" onClick={() => setEditing(true)} aria-label={t('editOf', { name })}>
          {t('edit')}
        </button>
        <button type="button" onClick={() => void deleteSession(session.id)} aria-label={t('deleteOf', { name })}>
          {t('delete')}
        </button>
      </span>
    </li>
  );
}
