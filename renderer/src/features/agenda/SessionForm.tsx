import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_TEMPLATES, type Session, type SessionKind, type SessionTemplate } from '#shared/model.ts';
import { QUESTION_MAX, TITLE_MAX } from '#shared/schemas.ts';
import { createSession, updateSession } from '../../editor/actions/sessions.ts';
import { TimeField } from '../shell/TimeField.tsx';
import { useSubmitOnce } from '../shell/useSubmitOnce.ts';

interface SessionFormProps {
  workshopId: string;
  days: number;
  /** Editing an existing session; absent: a new one. */
  session?: Session;
  initial?: { day: number };
  onDone: () => void;
}

/** One agenda entry: what, which day, when, how long, plenary or board (with its exercise and question). */
export function SessionForm({ workshopId, days, session, initial, onDone }: SessionFormProps) {
  const { t } = useTranslation(['agenda', 'board']);
  const [kind, setKind] = useState<SessionKind>(session?.kind ?? 'board');
  const [template, setTemplate] = useState<SessionTemplate>(session?.template ?? 'challenges_solutions');
  const { busy, run } = useSubmitOnce(async (data: FormData) => {
    const text = (name: string) => String(data.get(name) ?? '');
    const minutes = Number.parseInt(text('durationMinutes'), 10);
    const fields = {
      title: text('title'),
      day: Number(text('day')),
      startTime: text('startTime') || null,
      durationMinutes: Number.isInteger(minutes) ? minutes : null,
      kind,
      question: text('question'),
      ...(session && session.template === template ? {} : { template }),
    };
    const ok = (session ? await updateSession(session.id, fields) : await createSession({ workshopId, ...fields, template })) !== undefined;
    if (ok) onDone();
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(new FormData(event.currentTarget));
  }

  return (
    <form className="session-form" onSubmit={onSubmit} noValidate>
      <label>
        {t('fields.title')}
        <input name="title" defaultValue={session?.title ?? ''} maxLength={TITLE_MAX} placeholder={t('fields.titlePlaceholder')} autoFocus />
      </label>
      <label>
        {t('fields.day')}
        <select name="day" defaultValue={session?.day ?? initial?.day ?? 1}>
          {Array.from({ length: days }, (_, i) => (
            <option key={i + 1} value={i + 1}>
              {t('dayN', { day: i + 1 })}
            </option>
          ))}
        </select>
      </label>
      <TimeField label={t('fields.startTime')} name="startTime" defaultValue={session?.startTime ?? null} />
      <label>
        {t('fields.duration')}
        <input name="durationMinutes" type="number" min={5} max={720} step={5} defaultValue={session?.durationMinutes ?? ''} />
      </label>
      <fieldset className="kind-choice">
        <legend>{t('fields.kind')}</legend>
        {(['board', 'plenary'] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {t(`kind.${value}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'board' && (
        <>
          <label>
            {t('fields.template')}
            <select value={template} onChange={(e) => setTemplate(e.target.value as SessionTemplate)}>
              {SESSION_TEMPLATES.map((value) => (
                <option key={value} value={value}>
                  {t(`board:template.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('fields.question')}
            <input name="question" defaultValue={session?.question ?? ''} maxLength={QUESTION_MAX} placeholder={t(`board:questionSuggestion.${template}`)} />
          </label>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          {t('board:cancel')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {session ? t('save') : t('add')}
        </button>
      </div>
    </form>
  );
}
