import { useTranslation } from 'react-i18next';
import { MINUTES_MAX } from '#shared/photos.ts';
import { saveMinutes } from '../../editor/actions/minutes.ts';
import { notify } from '../../editor/notices.ts';
import { useSessionMinutes } from '../../editor/paperwork.ts';
import { useDraft } from '../paperwork/use-draft.ts';

/** A session's notulen: plain text with light formatting, saved with its button; an undo puts the text before back. */
export function MinutesEditor({ sessionId, sessionName }: { sessionId: string; sessionName: string }) {
  const { t } = useTranslation('documentation');
  const minutes = useSessionMinutes(sessionId);
  const [text, setText] = useDraft(minutes?.text ?? '');
  return (
    <form
      className="minutes-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if ((await saveMinutes(sessionId, text)) !== undefined) notify('info', t('minutesSaved'));
      }}
    >
      <label>
        {t('minutes')}
        <textarea
          name="minutes"
          rows={6}
          maxLength={MINUTES_MAX}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-label={t('minutesLabel', { session: sessionName })}
          aria-describedby={`minutes-hint-${sessionId}`}
        />
      </label>
      <p className="hint" id={`minutes-hint-${sessionId}`}>
        {t('minutesHint')}
      </p>
      <button type="submit">{t('saveMinutes')}</button>
    </form>
  );
}
