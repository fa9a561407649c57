import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCard, PhoneKind } from '#shared/phone.ts';
import { isRefusal, phoneCall } from './api.ts';
import { attemptFor, draftAfterSending, kindKey, loadDraft, saveDraft, type CardAttempt } from './card-draft.ts';
import { problemText } from './errors.ts';
import { kindLabel } from './kind-label.ts';

/**
 * The card form: a kind (when the board takes several), the text, Send. The box stays open while
 * a card is sent and keeps its words until the laptop has the card; they survive a reload of the
 * page (`card-draft.ts`), and sending again after no answer cannot make the card twice.
 */
export function WriteCard({ sessionId, kinds, onSent }: { sessionId: string; kinds: readonly PhoneKind[]; onSent: (card: PhoneCard) => void }) {
  const { t } = useTranslation('phone');
  const [saved] = useState(() => loadDraft(sessionId));
  const [kindIndex, setKindIndex] = useState(() => Math.max(0, kinds.findIndex((k) => kindKey(k) === saved?.kind)));
  const [text, setText] = useState(saved?.text ?? '');
  const [pending, setPending] = useState<CardAttempt | null>(saved?.pending ?? null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ problem: boolean; text: string } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const kind = kinds[Math.min(kindIndex, kinds.length - 1)];
  useEffect(() => saveDraft(sessionId, { text, kind: kind ? kindKey(kind) : null, pending }), [sessionId, text, kind, pending]);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind || text.trim() === '' || busy) return;
    const attempt = attemptFor(pending, text, kind);
    setPending(attempt);
    setBusy(true);
    const delivered = (notice: string) => {
      setPending(null);
      setText((current) => draftAfterSending(current, attempt.text));
      setNotice({ problem: false, text: notice });
    };
    try {
      const card = await phoneCall('phone.cards.create', attempt);
      onSent(card);
      delivered(t('board.sent', { text: card.text }));
    } catch (error) {
      // Its answer was lost, then the facilitator changed the card before this send: it is on the
      // board (the change comes to "my cards" as an event), and a send of the old words would be
      // refused for ever.
      if (isRefusal(error, 'conflict')) return delivered(t('board.changedOnBoard'));
      // The words stay in the box, and the send stays pending: sent again unchanged, it keeps its id.
      setNotice({ problem: true, text: problemText(error) });
    } finally {
      setBusy(false);
      field.current?.focus();
    }
  };

  return (
    <form className="phone-panel" onSubmit={send} noValidate>
      <h2>{t('board.write')}</h2>
      {kinds.length > 1 && (
        <fieldset className="phone-kinds">
          <legend>{t('board.kind')}</legend>
          {kinds.map((k, index) => (
            <label key={kindKey(k)} className="phone-kind">
              <input type="radio" name="kind" checked={index === kindIndex} onChange={() => setKindIndex(index)} />
              {kindLabel(k, kinds)}
            </label>
          ))}
        </fieldset>
      )}
      <label htmlFor="card-text">{kind ? kindLabel(kind, kinds) : t('board.write')}</label>
      <textarea id="card-text" ref={field} value={text} onChange={(e) => setText(e.target.value)} rows={3} aria-describedby="card-hint" />
      <p id="card-hint" className="phone-hint">
        {t('board.writeHint')}
      </p>
      <button type="submit" className="phone-primary" disabled={busy || text.trim() === ''}>
        {t('board.send')}
      </button>
      <p className={notice?.problem ? 'phone-problem' : 'phone-notice'} role={notice?.problem ? 'alert' : 'status'}>
        {notice?.text ?? ''}
      </p>
    </form>
  );
}
