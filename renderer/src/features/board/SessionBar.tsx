import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useLocation } from 'wouter';
import type { Session } from '#shared/model.ts';
import { QUESTION_MAX } from '#shared/schemas.ts';
import { useCommand } from '../../commands/useCommand.ts';
import { useBoardUi } from '../../editor/board/context.tsx';
import { useStore } from '../../editor/store.ts';
import { agendaOrder } from '../agenda/agenda-order.ts';
import { useSessionName } from '../agenda/useSessionName.ts';
import { SessionExportMenu } from '../reports/SessionExportMenu.tsx';
import { PhotoStrip } from '../documentation/PhotoStrip.tsx';
import { BigTimer } from './timer/TimerControl.tsx';

/** Which session's board this is (switch to another), and its guiding question, large, on top. */
export function SessionBar({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const [, navigate] = useLocation();
  const sessionName = useSessionName();
  const projector = useBoardUi((s) => s.projector.on);
  const sessions = useStore(useShallow((s) => agendaOrder(Object.values(s.sessions).filter((x) => x.workshopId === session.workshopId && x.deletedAt === null && x.kind === 'board'))));
  return (
    <div className="session-bar">
      <div className="session-heading">
        {!projector && sessions.length > 1 ? (
          <label className="session-switch">
            <span className="visually-hidden">{t('chooseSession')}</span>
            <select value={session.id} onChange={(e) => navigate(`/workshops/${session.workshopId}/sessions/${e.target.value}`)}>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {sessionName(s, { withTime: true })}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <h2 className="session-title">{sessionName(session)}</h2>
        )}
        {session.lockedAt !== null && <span className="locked-badge">{t('lockedBadge')}</span>}
        {!projector && <SessionExportMenu workshopId={session.workshopId} sessionId={session.id} />}
        {!projector && <PhotoStrip workshopId={session.workshopId} sessionId={session.id} />}
        <Question session={session} editable={!projector} />
      </div>
      {projector && <BigTimer session={session} />}
    </div>
  );
}

function Question({ session, editable }: { session: Session; editable: boolean }) {
  const { t } = useTranslation('board');
  const run = useCommand();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <form
        className="question-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const value = String(new FormData(e.currentTarget).get('question') ?? '');
          if ((await run('saveQuestion', { question: value })) !== undefined) setEditing(false);
        }}
      >
        <input name="question" defaultValue={session.question} maxLength={QUESTION_MAX} autoFocus aria-label={t('question')} placeholder={t(`questionSuggestion.${session.template}`)} />
        <button type="submit" className="primary">
          {t('saveQuestion')}
        </button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('cancel')}
        </button>
      </form>
    );
  }
  return (
    <div className="question">
      {session.question ? <p className="question-text">{session.question}</p> : editable && <p className="question-empty">{t('noQuestion')}</p>}
      {editable && session.lockedAt === null && (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {session.question ? t('editQuestion') : t('addQuestion')}
        </button>
      )}
    </div>
  );
}
