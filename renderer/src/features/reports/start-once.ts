import type { MethodInput } from '#shared/api.ts';
import { startExport } from '../../editor/actions/reports.ts';
import { getState } from '../../editor/store.ts';

/** Started this long ago or less, the same export is the second click of a double click. */
const DOUBLE_CLICK_MS = 1500;
const starting = new Set<string>();

/**
 * Starts an export unless the very same one (workshop, session, content, format) is already on
 * its way, waiting or being made, or was made a moment ago: a double click makes one report. A
 * cancelled or failed one can be asked for again at once.
 */
export async function startExportOnce(input: MethodInput<'reports.start'>): Promise<void> {
  const key = [input.workshopId, input.sessionId, input.content, input.format].join('|');
  const now = Date.now();
  const same = Object.values(getState().reportJobs).some(
    (job) =>
      [job.workshopId, job.sessionId, job.content, job.format].join('|') === key &&
      (job.status === 'queued' || job.status === 'running' || (job.status === 'ready' && now - Date.parse(job.createdAt) < DOUBLE_CLICK_MS)),
  );
  if (same || starting.has(key)) return;
  starting.add(key);
  try {
    await startExport(input);
  } finally {
    starting.delete(key);
  }
}
