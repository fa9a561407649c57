import { useTranslation } from 'react-i18next';
import type { Card } from '#shared/model.ts';
import { PhoneIcon } from './GroupPhones.tsx';

/** On a card from a phone: where it came from, and "Baru" while it waits off the projector. */
export function PhoneCardMarks({ card }: { card: Card }) {
  const { t } = useTranslation('door');
  if (card.deviceId === null) return null;
  return (
    <>
      <span className="from-phone" title={t('fromPhone')}>
        <PhoneIcon />
        <span className="visually-hidden">{t('fromPhone')}</span>
      </span>
      {card.hidden && (
        <span className="new-chip" title={t('newBadgeLabel')}>
          {t('newBadge')}
          <span className="visually-hidden">: {t('newBadgeLabel')}</span>
        </span>
      )}
    </>
  );
}
