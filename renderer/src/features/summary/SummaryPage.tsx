import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantSummary } from '#shared/model.ts';
import { ask } from '../../editor/ask.ts';
import { loadRoster } from '../../editor/actions/participants.ts';
import { useStore } from '../../editor/store.ts';
import { ReadAloud } from './ReadAloud.tsx';
import { SummaryTable } from './SummaryTable.tsx';

/**
 * Ringkasan: the numbers of the opening speech, from the one summary method the reports use too.
 * Asked again whenever the roster, attendance or groups change (here or in another window).
 */
export function SummaryPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['summary', 'common']);
  const [summary, setSummary] = useState<ParticipantSummary | null>(null);
  const changes = useStore((s) => {
    const people = Object.values(s.participants).filter((p) => p.workshopId === workshopId);
    const groups = Object.values(s.groups).filter((g) => g.workshopId === workshopId);
    const workshop = s.workshops[workshopId];
    return [workshop?.updatedAt, ...people.map((p) => `${p.id}${p.updatedAt}${p.daysPresent.join()}${p.deletedAt}`), ...groups.map((g) => `${g.id}${g.name}${g.position}${g.color}`)].join('|');
  });

  useEffect(() => {
    void loadRoster(workshopId);
  }, [workshopId]);
  useEffect(() => {
    let current = true;
    void ask('participants.summary', { workshopId }).then((result) => current && result && setSummary(result));
    return () => {
      current = false;
    };
  }, [workshopId, changes]);

  if (!summary) return <p>{t('common:loading')}</p>;
  return (
    <div className="setup-page summary-page">
      <section className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('title', { count: summary.total.total })}</h2>
        {summary.total.total === 0 ? <p className="empty">{t('empty')}</p> : <SummaryTable summary={summary} />}
      </section>
      {summary.total.total > 0 && <ReadAloud summary={summary} />}
    </div>
  );
}
