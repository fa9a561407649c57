import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateRange } from '../../format.ts';
import { useStore } from '../../editor/store.ts';
import { loadWorkshopList } from '../../editor/actions/workshops.ts';
import { LowSpaceWarning } from '../backups/LowSpaceWarning.tsx';
import { CreateWorkshopForm } from './CreateWorkshopForm.tsx';

export function WorkshopListPage() {
  const { t, i18n } = useTranslation(['workshops', 'common']);
  const workshops = useStore((s) => s.workshopList);
  const language = i18n.language === 'en' ? 'en' : 'id';

  useEffect(() => {
    void loadWorkshopList();
  }, []);

  return (
    <div className="workshop-list-page">
      <section aria-labelledby="workshop-list-title">
        <h1 id="workshop-list-title">{t('listTitle')}</h1>
        <LowSpaceWarning />
        {workshops === null ? (
          <p>{t('common:loading')}</p>
        ) : workshops.length === 0 ? (
          <p className="empty">{t('empty')}</p>
        ) : (
          <ul className="workshop-list">
            {workshops.map((w) => (
              <li key={w.id}>
                <Link href={`/workshops/${w.id}`} className="workshop-link">
                  <strong>{w.title}</strong>
                  <span>{formatDateRange(w.startDate, w.endDate, language)}</span>
                  {w.venue && <span>{w.venue}</span>}
                  <span className="muted">{t('counts', { groups: w.groupCount, participants: w.participantCount, cards: w.cardCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CreateWorkshopForm />
    </div>
  );
}
