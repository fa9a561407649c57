import { useTranslation } from 'react-i18next';
import type { DoorCloser } from '#shared/model.ts';
import { Heading } from './Heading.tsx';

/** The door closed (or the laptop is gone): say so plainly, and that the cards are safe. */
export function ClosedScreen({ by, onRetry }: { by: DoorCloser | null; onRetry: () => void }) {
  const { t } = useTranslation('phone');
  return (
    <section className="phone-panel phone-closed">
      <Heading>{t('closed.heading')}</Heading>
      <p>{t(`closed.${by ?? 'facilitator'}`)}</p>
      <button type="button" onClick={onRetry}>
        {t('closed.again')}
      </button>
    </section>
  );
}
