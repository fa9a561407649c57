import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateRange } from '../../format.ts';
import { useStore } from '../../editor/store.ts';
import { loadWorkshop } from '../../editor/actions/workshops.ts';
import { UndoButtons } from '../shell/UndoButtons.tsx';
import { WORKSHOP_SECTIONS } from './sections.tsx';

/** A workshop's title and dates, its section tabs, and the current section below. */
export function WorkshopLayout({ workshopId, sectionId, children }: { workshopId: string; sectionId: string; children: ReactNode }) {
  const { t, i18n } = useTranslation(['workshop', 'common']);
  const workshop = useStore((s) => s.workshops[workshopId]);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = workshop !== undefined;

  useEffect(() => {
    void loadWorkshop(workshopId);
  }, [workshopId]);

  // Arriving at a workshop (just created, opened from the list), the focus would fall to the page:
  // it goes to the title instead, so the next Tab reaches the tabs and a screen reader says where.
  useEffect(() => {
    if (shown && (document.activeElement === document.body || document.activeElement === null)) heading.current?.focus();
  }, [shown, workshopId]);

  if (!workshop) return <p>{t('common:loading')}</p>;
  const language = i18n.language === 'en' ? 'en' : 'id';

  return (
    <div className="workshop-page">
      <div className="workshop-heading">
        <Link href="/" className="back-link">
          ← {t('common:back')}
        </Link>
        <div className="workshop-title">
          <h1 ref={heading} tabIndex={-1}>
            {workshop.title}
          </h1>
          <p className="muted">
            {formatDateRange(workshop.startDate, workshop.endDate, language)}
            {workshop.venue ? ` · ${workshop.venue}` : ''}
          </p>
        </div>
        <UndoButtons />
      </div>
      <nav className="section-tabs" aria-label={t('sectionsLabel')}>
        {WORKSHOP_SECTIONS.map((section) => (
          <Link
            key={section.id}
            href={`/workshops/${workshopId}/${section.id}`}
            className={section.id === sectionId ? 'section-tab active' : 'section-tab'}
            aria-current={section.id === sectionId ? 'page' : undefined}
          >
            {t(section.labelKey)}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
