import { z } from 'zod';
import type { Workshop, WorkshopDetail, WorkshopSummary } from '../model.ts';
import { byId, empty, id, isoDate, meetingDatesProblem, optionalText, text, TITLE_MAX } from '../schemas.ts';
import { method } from './method.ts';

const workshopFields = {
  title: text(TITLE_MAX),
  startDate: isoDate,
  endDate: isoDate,
  venue: optionalText(TITLE_MAX).default(''),
};

function checkDates(value: { startDate?: string; endDate?: string }, ctx: z.RefinementCtx) {
  if (!value.startDate || !value.endDate) return;
  const problem = meetingDatesProblem(value.startDate, value.endDate);
  // The problem travels as the issue's message; dispatch turns it into a FieldProblem.
  if (problem) ctx.addIssue({ code: 'custom', path: ['endDate'], message: problem });
}

export const workshopMethods = {
  'workshops.list': method<WorkshopSummary[]>()(empty),
  'workshops.get': method<WorkshopDetail>()(byId),
  'workshops.create': method<WorkshopDetail>()(
    z.strictObject({ id: id.optional(), ...workshopFields }).superRefine(checkDates),
  ),
  'workshops.update': method<Workshop>()(
    z
      .strictObject({
        id,
        title: workshopFields.title.optional(),
        startDate: isoDate.optional(),
        endDate: isoDate.optional(),
        venue: optionalText(TITLE_MAX).optional(),
      })
      .superRefine(checkDates),
  ),
};
