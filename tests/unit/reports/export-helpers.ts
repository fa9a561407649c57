import type { AppEvent } from '#shared/events.ts';
import type { ReportJob } from '#shared/reports.ts';
import type { Core } from '../../../electron/core/core.ts';

/** Resolves with the job once the core announces it ready, failed or cancelled. */
export function settledJob(core: Core & { events: AppEvent[] }, jobId: string, timeoutMs = 30_000): Promise<ReportJob> {
  const done = (event: AppEvent) =>
    event.type === 'report.job' && event.job.id === jobId && ['ready', 'failed', 'cancelled'].includes(event.job.status) ? event.job : null;
  const earlier = core.events.map(done).find(Boolean);
  if (earlier) return Promise.resolve(earlier);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`report ${jobId} did not finish`)), timeoutMs);
    const unsubscribe = core.subscribe((event) => {
      const job = done(event);
      if (!job) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(job);
    });
  });
}

/** Every snapshot the core announced of one job, in order. */
export function jobHistory(events: AppEvent[], jobId: string): ReportJob[] {
  return events.flatMap((e) => (e.type === 'report.job' && e.job.id === jobId ? [e.job] : []));
}
