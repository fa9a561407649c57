import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import { useStore } from '../../editor/store.ts';
import { ExportJobList } from './ExportJobList.tsx';
import { AttendancePanel, CertificatePanel } from './PaperworkPanels.tsx';
import { CsvSeparatorChoice } from '../exports/CsvSeparatorChoice.tsx';
import { startExportOnce } from './start-once.ts';
import './reports.css';

/** The workshop's "Laporan" tab: the activity report, a report per session, the data exports. */
export function ReportsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['reports', 'board']);
  const sessions = useStore(
    useShallow((s) =>
      Object.values(s.sessions)
        .filter((x) => x.workshopId === workshopId)
        .sort((a, b) => a.day - b.day || (a.position < b.position ? -1 : a.position > b.position ? 1 : 0)),
    ),
  );
  const start = (content: ReportContent, format: ReportFormat, sessionId: string | null = null) =>
    void startExportOnce({ workshopId, sessionId, content, format });

  return (
    <div className="reports-page">
      <h2>{t('sectionTitle')}</h2>
      <p className="hint">{t('intro')}</p>
      <div className="reports-grid">
        <section className="panel" aria-labelledby="workshop-report-title">
          <h3 id="workshop-report-title">{t('workshopReport.title')}</h3>
          <p>{t('workshopReport.description')}</p>
          <button type="button" className="primary" onClick={() => start('report', 'pdf')}>
            {t('workshopReport.button')}
          </button>
        </section>
        <section className="panel" aria-labelledby="export-jobs-title">
          <h3 id="export-jobs-title">{t('jobs.title')}</h3>
          <ExportJobList workshopId={workshopId} />
        </section>
        <AttendancePanel workshopId={workshopId} />
        <CertificatePanel workshopId={workshopId} />
        <section className="panel" aria-labelledby="session-reports-title">
          <h3 id="session-reports-title">{t('sessionReports.title')}</h3>
          <p>{t('sessionReports.description')}</p>
          <ul className="session-report-list">
            {sessions.map((session) => {
              const title = session.title || t(`board:template.${session.template}`);
              return (
                <li key={session.id}>
                  <span>
                    <span className="muted">{t('sessionReports.day', { day: session.day })}</span> {title}
                  </span>
                  <button type="button" onClick={() => start('report', 'pdf', session.id)} aria-label={t('sessionReports.buttonLabel', { title })}>
                    {t('sessionReports.button')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
        <section className="panel" aria-labelledby="data-exports-title">
          <h3 id="data-exports-title">{t('data.title')}</h3>
          <p>{t('data.description')}</p>
          <CsvSeparatorChoice />
          <dl className="data-exports">
            <dt>{t('data.cards')}</dt>
            <dd>
              <button type="button" onClick={() => start('cards', 'xlsx')} aria-label={t('data.cardsXlsxLabel')}>
                {t('data.xlsx')}
              </button>
              <button type="button" onClick={() => start('cards', 'csv')} aria-label={t('data.cardsCsvLabel')}>
                {t('data.csv')}
              </button>
            </dd>
            <dt>{t('data.actionPlan')}</dt>
            <dd>
              <button type="button" onClick={() => start('action_plan', 'xlsx')} aria-label={t('data.planXlsxLabel')}>
                {t('data.xlsx')}
              </button>
              <button type="button" onClick={() => start('action_plan', 'csv')} aria-label={t('data.planCsvLabel')}>
                {t('data.csv')}
              </button>
            </dd>
          </dl>
        </section>
      </div>
    </div>
  );
}
