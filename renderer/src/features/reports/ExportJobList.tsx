import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { ReportJob } from '#shared/reports.ts';
import { hasSaveDialog } from '../../api/files.ts';
import { cancelExport, deliverExport } from '../../editor/actions/reports.ts';
import { useStore } from '../../editor/store.ts';

/** The exports of a workshop (or of one session), newest first: progress, cancel, save again. */
export function ExportJobList({ workshopId, sessionId, limit = 6 }: { workshopId: string; sessionId?: string; limit?: number }) {
  const { t } = useTranslation('reports');
  const jobs = useStore(
    useShallow((s) =>
      Object.values(s.reportJobs)
        .filter((job) => job.workshopId === workshopId && (sessionId === undefined || job.sessionId === sessionId))
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
        .slice(0, limit),
    ),
  );
  if (jobs.length === 0) return sessionId ? null : <p className="empty">{t('jobs.empty')}</p>;
  return (
    <ul className="export-jobs" aria-label={t('jobs.title')}>
      {jobs.map((job) => (
        <ExportJobItem key={job.id} job={job} />
      ))}
    </ul>
  );
}

function ExportJobItem({ job }: { job: ReportJob }) {
  const { t } = useTranslation('reports');
  const active = job.status === 'queued' || job.status === 'running';
  const percent = Math.round(job.progress * 100);
  return (
    <li className={`export-job export-job-${job.status}`} data-testid="export-job">
      <span className="export-job-name">{job.fileName}</span>
      <span className="export-job-status" role="status">
        {job.status === 'running' ? t('jobs.running', { percent }) : t(`jobs.${job.status}`)}
      </span>
      {active && <progress max={100} value={percent} aria-label={t('jobs.progressLabel', { fileName: job.fileName })} />}
      <span className="export-job-actions">
        {active && (
          <button type="button" onClick={() => void cancelExport(job.id)}>
            {t('jobs.cancel')}
          </button>
        )}
        {job.status === 'ready' && (
          <button type="button" onClick={() => void deliverExport(job)}>
            {hasSaveDialog() ? t('jobs.saveAgain') : t('jobs.downloadAgain')}
          </button>
        )}
      </span>
    </li>
  );
}
