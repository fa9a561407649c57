import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardCategory, RankedEntrant } from '#shared/awards.ts';
import { formatNumber } from '../../format.ts';

/**
 * The winners announced on the projector, third place first: each key press (Space, →, Enter or
 * the button) opens the next place; entrants sharing a place appear together. Full screen, large
 * type, Esc leaves. Screen readers hear each name as it appears.
 */
export function RevealScreen({ category, winners, onClose }: { category: AwardCategory; winners: RankedEntrant[]; onClose: () => void }) {
  const { t, i18n } = useTranslation('reveal');
  const language = i18n.language === 'en' ? 'en' : 'id';
  const places = [...new Set(winners.map((w) => w.place!))].sort((a, b) => b - a);
  const [shown, setShown] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  const next = () => setShown((n) => Math.min(places.length, n + 1));
  const back = () => setShown((n) => Math.max(0, n - 1));
  const waitingFor = places[shown];
  return (
    <dialog
      ref={dialog}
      className="reveal-screen"
      aria-label={t('dialogLabel', { name: category.name })}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
        if (e.key === ' ' || e.key === 'ArrowRight' || e.key === 'Enter' || e.key === 'PageDown') {
          e.preventDefault();
          next();
        } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
          e.preventDefault();
          back();
        }
      }}
    >
      <p className="reveal-kicker">{t('kicker')}</p>
      <h2 className="reveal-category">{category.name}</h2>
      <ul className="reveal-places" aria-live="polite">
        {places.slice(0, shown).map((place) => {
          const here = winners.filter((w) => w.place === place);
          return (
            <li key={place} className={`reveal-place reveal-place-${Math.min(place, 3)}`}>
              <span className="reveal-rank">{here.length > 1 ? t('sharedPlace', { place }) : t('place', { place })}</span>
              {here.map((w) => (
                <span key={w.entrant.id} className="reveal-name">
                  {w.entrant.name} <span className="reveal-score">{t('score', { score: formatNumber(w.total, language) })}</span>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <p className="reveal-waiting">{waitingFor !== undefined ? t('waiting', { place: waitingFor }) : t('done')}</p>
      <div className="reveal-controls">
        <button type="button" onClick={back} disabled={shown === 0}>
          {t('back')}
        </button>
        <button type="button" className="primary" onClick={next} autoFocus>
          {t('next')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p className="reveal-hint">{t('hint')}</p>
    </dialog>
  );
}
