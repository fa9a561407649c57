import type { MethodInput } from '#shared/api.ts';
import type { ReportJob } from '#shared/reports.ts';
import { downloadExport, hasSaveDialog } from '../../api/files.ts';
import { i18next } from '../../i18n/index.ts';
import { ask } from '../ask.ts';
import { notify } from '../notices.ts';
import { settled } from '../runner.ts';
import { acceptReportJob, getState, useStore } from '../store.ts';

/**
 * Exports, the same way from the workshop's Laporan tab and from a session's board: start a
 * job in the core, follow its progress (events), and when it is ready open the save dialog
 * (desktop) or start the download (browser). A job can be cancelled while it is being made.
 */
export async function startExport(input: MethodInput<'reports.start'>): Promise<ReportJob | null> {
  // The card typed just before the click is on screen: it must be in the report too.
  await settled();
  const job = await ask('reports.start', input);
  if (!job) return null;
  // An event may already have brought a newer snapshot of this job.
  if (!getState().reportJobs[job.id]) acceptReportJob(job);
  void finished(job.id).then((done) => {
    if (done.status === 'ready') void deliverExport(done);
    if (done.status === 'failed') notify('error', i18next.t('reports:failed', { fileName: done.fileName }));
  });
  return job;
}

export async function cancelExport(id: string): Promise<void> {
  const job = await ask('reports.cancel', { id });
  if (job) acceptReportJob(job);
}

/** Saves (desktop: native dialog) or downloads (browser) a ready export. */
export async function deliverExport(job: ReportJob): Promise<void> {
  if (!hasSaveDialog()) {
    downloadExport(job.id, job.fileName);
    notify('info', i18next.t('reports:downloaded', { fileName: job.fileName }));
    return;
  }
  const outcome = await ask('reports.save', { id: job.id });
  if (outcome?.saved) notify('info', i18next.t('reports:saved', { path: outcome.path }));
}

/** Resolves once the job is ready, failed or cancelled. */
function finished(id: string): Promise<ReportJob> {
  return new Promise((resolve) => {
    const check = (job: ReportJob | undefined) => {
      if (job && (job.status === 'ready' || job.status === 'failed' || job.status === 'cancelled')) {
        unsubscribe();
        resolve(job);
        return true;
      }
      return false;
    };
    const unsubscribe = useStore.subscribe((state) => void check(state.reportJobs[id]));
    check(getState().reportJobs[id]);
  });
}
