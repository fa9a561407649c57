import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCard, PhoneKind } from '#shared/phone.ts';
import { phoneCall } from './api.ts';
import { problemText } from './errors.ts';
import { kindLabel } from './kind-label.ts';
import { newId } from './uuid.ts';

/** The card form: a kind (when the board takes several), the text, Send. */
export function WriteCard({ kinds, onSent }: { kinds: readonly PhoneKind[]; onSent: (card: PhoneCard) => void }) {
  const { t } = useTranslation('phone');
  const [kindIndex, setKindIndex] = useState(0);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ problem: boolean; text: string } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const kind = kinds[Math.min(kindIndex, kinds.length - 1)];

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!kind || text.trim() === '') return;
    setBusy(true);
    try {
      const card = await phoneCall('phone.cards.create', { id: newId(), text, kind: kind.kind, customKindId: kind.customKindId });
      onSent(card);
      setText('');
      setNotice({ problem: false, text: t('board.sent', { text: card.text }) });
    } catch (error) {
      // The text stays in the box, so nothing typed is lost.
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
            <label key={`${k.kind}:${k.customKindId ?? ''}`} className="phone-kind">
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
