import { z } from 'zod';
import type { Session, SessionBoard } from '../model.ts';
import {
  boardLayout,
  byId,
  clockTime,
  id,
  MAX_WORKSHOP_DAYS,
  optionalText,
  QUESTION_MAX,
  sessionKind,
  sessionTemplate,
  TITLE_MAX,
} from '../schemas.ts';
import { method } from './method.ts';

/** What a facilitator writes on the agenda for one session (the day is checked against the meeting's days). */
const agendaFields = {
  title: optionalText(TITLE_MAX),
  day: z.number().int().min(1).max(MAX_WORKSHOP_DAYS),
  startTime: clockTime.nullable(),
  durationMinutes: z.number().int().min(5).max(12 * 60).nullable(),
  kind: sessionKind,
  template: sessionTemplate,
  question: optionalText(QUESTION_MAX),
};

export const sessionMethods = {
  /** Everything one board shows: the session, its cards (deleted ones left out), clusters, links and votes. */
  'sessions.board': method<SessionBoard>()(byId),
  'sessions.create': method<Session>()(
    z.strictObject({
      id: id.optional(),
      workshopId: id,
      ...agendaFields,
      title: agendaFields.title.default(''),
      startTime: agendaFields.startTime.default(null),
      durationMinutes: agendaFields.durationMinutes.default(null),
      kind: agendaFields.kind.default('board'),
      template: agendaFields.template.default('challenges_solutions'),
      question: agendaFields.question.default(''),
    }),
  ),
  'sessions.update': method<Session>()(
    z.strictObject({
      id,
      title: agendaFields.title.optional(),
      day: agendaFields.day.optional(),
      startTime: agendaFields.startTime.optional(),
      durationMinutes: agendaFields.durationMinutes.optional(),
      kind: agendaFields.kind.optional(),
      template: agendaFields.template.optional(),
      question: agendaFields.question.optional(),
      layout: boardLayout.optional(),
    }),
  ),
  /** Off the agenda (with its board); can be undone. */
  'sessions.delete': method<Session>()(byId),
  'sessions.restore': method<Session>()(byId),
  /** Read-only after the session: nothing on the board changes until it is unlocked. */
  'sessions.lock': method<Session>()(byId),
  'sessions.unlock': method<Session>()(byId),
};
