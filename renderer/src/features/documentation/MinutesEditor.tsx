import { useTranslation } from 'react-i18next';
import { MINUTES_MAX, type SessionMinutes } from '#shared/photos.ts';
import { notify } from '../../editor/notices.ts';
import { saveMinutes } from './documentation-actions.ts';

/** A session's notulen: plain text with light formatting, saved with its button. */
export function MinutesEditor({ sessionId, sessionName, minutes }: { sessionId: string; sessionName: string; minutes: SessionMinutes | undefined }) {
  const { t } = useTranslation('documentation');
  return (
    <form
      className="minutes-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await saveMinutes(sessionId, String(new FormData(e.currentTarget).get('minutes') ?? ''))) notify('info', t('minutesSaved'));
      }}
    >
      <label>
        {t('minutes')}
        <textarea key={minutes?.updatedAt ?? 'empty'} name="minutes" rows={6} maxLength={MINUTES_MAX} defaultValue={minutes?.text ?? ''} aria-label={t('minutesLabel', { session: sessionName })} aria-describedby={`minutes-hint-${sessionId}`} />
      </label>
      <p className="hint" id={`minutes-hint-${sessionId}`}>
        {t('minutesHint')}
      </p>
      <button type="submit">{t('saveMinutes')}</button>
    </form>
  );
}
