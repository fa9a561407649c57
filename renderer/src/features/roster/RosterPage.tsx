import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadRoster } from '../../editor/actions/participants.ts';
import { useWorkshopGroups, useWorkshopParticipants } from '../../editor/store.ts';
import { ImportPanel } from './import/ImportPanel.tsx';
import { NewParticipantForm } from './NewParticipantForm.tsx';
import { exportRoster } from './roster-export.ts';
import { RosterTable } from './RosterTable.tsx';

/** Peserta: the roster, typed in fast or imported from the sign-in spreadsheet, and exported again. */
export function RosterPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('roster');
  const participants = useWorkshopParticipants(workshopId);
  const groups = useWorkshopGroups(workshopId);
  const [query, setQuery] = useState('');
  const [importing, setImporting] = useState(false);

  useEffect(() => {
    void loadRoster(workshopId);
  }, [workshopId]);

  return (
    <div className="setup-page roster-page">
      <div className="roster-toolbar">
        <h2>{t('title', { count: participants.length })}</h2>
        <label className="search">
          <span className="visually-hidden">{t('search')}</span>
          <input type="search" value={query} placeholder={t('searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="button" onClick={() => setImporting(true)} disabled={importing}>
          {t('import.open')}
        </button>
        <button type="button" onClick={() => void exportRoster(workshopId, 'xlsx')} disabled={participants.length === 0}>
          {t('export.xlsx')}
        </button>
        <button type="button" onClick={() => void exportRoster(workshopId, 'csv')} disabled={participants.length === 0}>
          {t('export.csv')}
        </button>
      </div>
      {importing && <ImportPanel workshopId={workshopId} onClose={() => setImporting(false)} />}
      <NewParticipantForm workshopId={workshopId} />
      <RosterTable participants={participants} groups={groups} query={query} />
    </div>
  );
}
