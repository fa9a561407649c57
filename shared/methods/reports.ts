import { z } from 'zod';
import { FORMATS_OF, REPORT_CONTENTS, REPORT_FORMATS, type ReportJob, type SaveOutcome } from '../reports.ts';
import { byId, id, MAX_WORKSHOP_DAYS } from '../schemas.ts';
import { method } from './method.ts';

export const reportMethods = {
  /** Starts an export of a session (`sessionId`) or of the whole workshop; progress comes as events. */
  'reports.start': method<ReportJob>()(
    z
      .strictObject({
        workshopId: id,
        sessionId: id.nullable().default(null),
        content: z.enum(REPORT_CONTENTS),
        format: z.enum(REPORT_FORMATS),
        /** Paperwork only (see `PaperworkOptions`). */
        day: z.number().int().min(1).max(MAX_WORKSHOP_DAYS).nullable().default(null),
        certificateGroup: z.union([id, z.literal('team')]).nullable().default(null),
        presentOnly: z.boolean().default(false),
        categoryId: id.nullable().default(null),
      })
      .superRefine((value, ctx) => {
        if (!FORMATS_OF[value.content].includes(value.format)) ctx.addIssue({ code: 'custom', path: ['format'], message: 'invalid' });
      }),
  ),
  /** Stops an export that is still being made; a finished one is forgotten. */
  'reports.cancel': method<ReportJob>()(byId),
  /** Desktop app: asks where to save a ready export (native dialog) and writes it there. */
  'reports.save': method<SaveOutcome>()(byId),
};
