import { z } from 'zod';
import type { Workshop, WorkshopDetail, WorkshopSummary } from '../model.ts';
import {
  byId,
  empty,
  id,
  isoDate,
  meetingDatesProblem,
  optionalText,
  text,
  TITLE_MAX,
  workshopLevel,
  workshopMode,
} from '../schemas.ts';
import { method } from './method.ts';

const workshopFields = {
  title: text(TITLE_MAX),
  startDate: isoDate,
  endDate: isoDate,
  venue: optionalText(TITLE_MAX).default(''),
};

const provinceCode = z.string().trim().regex(/^\d{2}$/);
const regencyCode = z.string().trim().regex(/^\d{2}\.\d{2}$/);

/** The details a facilitator completes after creating the meeting (the create form stays quick). */
const detailFields = {
  level: workshopLevel,
  provinceCode: provinceCode.nullable(),
  regencyCode: regencyCode.nullable(),
  organizer: optionalText(TITLE_MAX),
  mode: workshopMode,
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
    z
      .strictObject({
        id: id.optional(),
        ...workshopFields,
        level: detailFields.level.default('province'),
        provinceCode: detailFields.provinceCode.default(null),
        regencyCode: detailFields.regencyCode.default(null),
        organizer: detailFields.organizer.default(''),
        mode: detailFields.mode.default('in_person'),
      })
      .superRefine(checkDates),
  ),
  'workshops.update': method<Workshop>()(
    z
      .strictObject({
        id,
        title: workshopFields.title.optional(),
        startDate: isoDate.optional(),
        endDate: isoDate.optional(),
        venue: optionalText(TITLE_MAX).optional(),
        level: detailFields.level.optional(),
        provinceCode: detailFields.provinceCode.optional(),
        regencyCode: detailFields.regencyCode.optional(),
        organizer: detailFields.organizer.optional(),
        mode: detailFields.mode.optional(),
      })
      .superRefine(checkDates),
  ),
  /**
   * "Start from an earlier workshop": a new meeting with the source's details, groups, team and
   * session plan, but none of its cards, participants or attendance. An empty venue keeps the source's.
   */
  'workshops.copy': method<WorkshopDetail>()(
    z.strictObject({ sourceId: id, id: id.optional(), ...workshopFields }).superRefine(checkDates),
  ),
};
