import { useTranslation } from 'react-i18next';
import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import { ExportJobList } from './ExportJobList.tsx';
import { startExportOnce } from './start-once.ts';
import './reports.css';

/** The board's export menu: this session as a PDF report or as data, with progress below. */
export function SessionExportMenu({ workshopId, sessionId }: { workshopId: string; sessionId: string }) {
  const { t } = useTranslation('reports');
  const start = (content: ReportContent, format: ReportFormat) => void startExportOnce({ workshopId, sessionId, content, format });
  return (
    <details className="export-menu">
      <summary>{t('boardMenu.button')}</summary>
      <div className="export-menu-body">
        <button type="button" className="primary" onClick={() => start('report', 'pdf')}>
          {t('boardMenu.sessionReport')}
        </button>
        <button type="button" onClick={() => start('cards', 'xlsx')}>
          {t('boardMenu.cardsXlsx')}
        </button>
        <button type="button" onClick={() => start('cards', 'csv')}>
          {t('boardMenu.cardsCsv')}
        </button>
        <button type="button" onClick={() => start('action_plan', 'xlsx')}>
          {t('boardMenu.planXlsx')}
        </button>
        <p className="hint">{t('boardMenu.workshopLink')}</p>
        <ExportJobList workshopId={workshopId} sessionId={sessionId} limit={3} />
      </div>
    </details>
  );
}
