import { useTranslation } from 'react-i18next';
import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import { usePopover } from '../shell/usePopover.ts';
import { ExportJobList } from './ExportJobList.tsx';
import { startExportOnce } from './start-once.ts';
import './reports.css';

/** The board's export menu: this session as a PDF report or as data, with progress below. */
export function SessionExportMenu({ workshopId, sessionId }: { workshopId: string; sessionId: string }) {
  const { t } = useTranslation('reports');
  const start = (content: ReportContent, format: ReportFormat) => void startExportOnce({ workshopId, sessionId, content, format });
  // Stays open after a choice, to show the export's progress; Esc or a click outside closes it.
  const { open, setOpen, triggerRef, panelRef } = usePopover();
  return (
    <div className="export-menu">
      <button type="button" ref={triggerRef} aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('boardMenu.button')}
      </button>
      {open && (
      <div className="export-menu-body" ref={panelRef}>
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
      )}
    </div>
  );
}
