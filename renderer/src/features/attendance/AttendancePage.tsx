import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingDays } from '#shared/schemas.ts';
import { formatDay } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { loadRoster } from '../../editor/actions/participants.ts';
import { useWorkshopGroups, useWorkshopParticipants } from '../../editor/store.ts';
import { useStore } from '../../editor/store.ts';
import { CheckInList } from './CheckInList.tsx';

/** Kehadiran: a check-in list for each day of the meeting. */
export function AttendancePage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['attendance', 'common']);
  const language = useLanguage();
  const workshop = useStore((s) => s.workshops[workshopId]);
  const participants = useWorkshopParticipants(workshopId);
  const groups = useWorkshopGroups(workshopId);
  const days = useMemo(() => (workshop ? meetingDays(workshop.startDate, workshop.endDate) : []), [workshop]);
  // Opened during the meeting, the list starts on today (the laptop's own date, not UTC's).
  const [day, setDay] = useState(() => Math.max(1, days.indexOf(localToday()) + 1));

  useEffect(() => {
    void loadRoster(workshopId);
  }, [workshopId]);

  if (!workshop) return <p>{t('common:loading')}</p>;
  const shownDay = Math.min(day, days.length);
  const present = participants.filter((p) => p.daysPresent.includes(shownDay)).length;

  return (
    <div className="setup-page attendance-page">
      <div role="tablist" aria-label={t('daysLabel')} className="day-tabs">
        {days.map((date, index) => (
          <button
            key={date}
            type="button"
            role="tab"
            aria-selected={index + 1 === shownDay}
            className={index + 1 === shownDay ? 'day-tab active' : 'day-tab'}
            onClick={() => setDay(index + 1)}
          >
            <strong>{t('day', { day: index + 1 })}</strong>
            <span>{formatDay(date, language)}</span>
          </button>
        ))}
      </div>
      <section role="tabpanel" aria-label={t('day', { day: shownDay })} className="panel">
        <p className="attendance-count" aria-live="polite">
          {t('presentCount', { day: shownDay, present, total: participants.length })}
        </p>
        <CheckInList key={shownDay} workshopId={workshopId} day={shownDay} participants={participants} groups={groups} />
      </section>
    </div>
  );
}

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
