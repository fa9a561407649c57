import type { reportMethods } from '#shared/methods/reports.ts';
import { AppError } from '#shared/errors.ts';
import type { HandlerMap } from '../handler-types.ts';
import { collectReportData } from './collect.ts';
import { exportFileName } from './file-name.ts';
import { saveFileAtomically } from './save-file.ts';
import { readSettings } from '../settings/handlers.ts';

/**
 * Exports, one way through every door: `reports.start` collects the data now and queues the
 * rendering (progress comes as `report.job` events); when the job is ready the desktop app
 * calls `reports.save` (a native dialog, then an atomic write) and the browser host offers a
 * download of the same bytes.
 */
export const reportHandlers: HandlerMap<keyof typeof reportMethods> = {
  async 'reports.start'(input, ctx) {
    const data = await collectReportData(ctx.db, { workshopId: input.workshopId, sessionId: input.sessionId }, ctx.now());
    return ctx.reports.enqueue(
      {
        id: ctx.newId(),
        workshopId: input.workshopId,
        sessionId: input.sessionId,
        content: input.content,
        format: input.format,
        status: 'queued',
        progress: 0,
        fileName: exportFileName(data, input.content, input.format),
        size: null,
        error: null,
        createdAt: ctx.now(),
      },
      { content: input.content, format: input.format, data, csvSeparator: (await readSettings(ctx.db)).csvSeparator },
    );
  },

  async 'reports.cancel'({ id }, ctx) {
    return ctx.reports.cancel(id);
  },

  async 'reports.save'({ id }, ctx) {
    const { job, bytes } = ctx.reports.file(id);
    if (!ctx.chooseSavePath) throw new AppError('unknown_method', 'This door offers a download instead of a save dialog');
    const path = await ctx.chooseSavePath({ fileName: job.fileName, format: job.format });
    if (!path) return { saved: false };
    await saveFileAtomically(path, bytes);
    return { saved: true, path };
  },
};
