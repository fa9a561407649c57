import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCard, PhoneKind } from '#shared/phone.ts';
import { phoneCall } from './api.ts';
import { problemText } from './errors.ts';
import { kindLabel } from './kind-label.ts';

/** This phone's own cards on the board: each can be edited or deleted until the board is locked. */
export function MyCards({ cards, kinds, locked, onChanged }: { cards: readonly PhoneCard[]; kinds: readonly PhoneKind[]; locked: boolean; onChanged: (card: PhoneCard) => void }) {
  const { t } = useTranslation('phone');
  const [notice, setNotice] = useState<{ problem: boolean; text: string } | null>(null);
  return (
    <section className="phone-panel" aria-labelledby="my-cards">
      <h2 id="my-cards">{t('board.mine', { count: cards.length })}</h2>
      {cards.length === 0 && <p className="phone-hint">{t('board.mineEmpty')}</p>}
      <ul className="phone-cards">
        {cards.map((card) => (
          <MyCard key={card.id} card={card} kinds={kinds} locked={locked} onChanged={onChanged} onNotice={setNotice} />
        ))}
      </ul>
      <p className={notice?.problem ? 'phone-problem' : 'phone-notice'} role={notice?.problem ? 'alert' : 'status'}>
        {notice?.text ?? ''}
      </p>
    </section>
  );
}

type Mode = 'show' | 'edit' | 'confirm';

function MyCard({ card, kinds, locked, onChanged, onNotice }: { card: PhoneCard; kinds: readonly PhoneKind[]; locked: boolean; onChanged: (card: PhoneCard) => void; onNotice: (notice: { problem: boolean; text: string }) => void }) {
  const { t } = useTranslation('phone');
  const [mode, setMode] = useState<Mode>('show');
  const [draft, setDraft] = useState(card.text);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<PhoneCard>, done: string | null) => {
    setBusy(true);
    try {
      onChanged(await work());
      setMode('show');
      if (done) onNotice({ problem: false, text: done });
    } catch (error) {
      onNotice({ problem: true, text: problemText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="phone-card">
      <span className="phone-card-kind">{kindLabel(card, kinds)}</span>
      {mode === 'edit' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => phoneCall('phone.cards.update', { id: card.id, text: draft }), null);
          }}
        >
          <label className="phone-visually-hidden" htmlFor={`edit-${card.id}`}>
            {t('board.editField')}
          </label>
          <textarea id={`edit-${card.id}`} value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} autoFocus />
          <div className="phone-actions">
            <button type="submit" className="phone-primary" disabled={busy || draft.trim() === ''}>
              {t('board.save')}
            </button>
            <button type="button" onClick={() => setMode('show')}>
              {t('board.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="phone-card-text">{card.text}</p>
      )}
      {mode === 'confirm' && (
        <div className="phone-actions" role="group" aria-label={t('board.confirmDelete', { text: card.text })}>
          <span>{t('board.confirmDelete', { text: card.text })}</span>
          <button type="button" className="phone-danger" disabled={busy} onClick={() => void run(() => phoneCall('phone.cards.delete', { id: card.id }), t('board.deleted'))}>
            {t('board.confirmYes')}
          </button>
          <button type="button" onClick={() => setMode('show')}>
            {t('board.cancel')}
          </button>
        </div>
      )}
      {mode === 'show' && !locked && (
        <div className="phone-actions">
          <button
            type="button"
            aria-label={t('board.editLabel', { text: card.text })}
            onClick={() => {
              setDraft(card.text);
              setMode('edit');
            }}
          >
            {t('board.edit')}
          </button>
          <button type="button" aria-label={t('board.deleteLabel', { text: card.text })} onClick={() => setMode('confirm')}>
            {t('board.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
