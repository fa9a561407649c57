import type { BoardLayout, Session, SessionKind, SessionTemplate } from '#shared/model.ts';
import { keyBetween } from '#shared/ordering.ts';
import type { SessionRow } from '../db/schema.ts';

export function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    title: row.title,
    day: row.day,
    startTime: row.start_time,
    durationMinutes: row.duration_minutes,
    kind: row.kind as SessionKind,
    template: row.template as SessionTemplate,
    question: row.question,
    position: row.position,
    layout: row.layout as BoardLayout,
    timer: { durationMs: row.timer_duration_ms, remainingMs: row.timer_remaining_ms, endsAt: row.timer_ends_at },
    lockedAt: row.locked_at,
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}

export const DEFAULT_TIMER_MS = 10 * 60_000;

/** A new agenda entry as stored, with the timer at its default and the template's layout. */
export function newSessionRow(
  fields: Pick<SessionRow, 'id' | 'workshop_id' | 'title' | 'day' | 'start_time' | 'duration_minutes' | 'kind' | 'template' | 'question' | 'position'>,
  now: string,
): SessionRow {
  return {
    ...fields,
    layout: defaultLayout(fields.template as SessionTemplate),
    timer_duration_ms: DEFAULT_TIMER_MS,
    timer_remaining_ms: DEFAULT_TIMER_MS,
    timer_ends_at: null,
    locked_at: null,
    created_at: now,
    updated_at: now,
    deleted_at: null,
    revision: 1,
  };
}

/** A blank board starts with a column per kind of its own; the others with a column per group. */
export function defaultLayout(template: SessionTemplate): BoardLayout {
  return template === 'blank' ? 'kinds' : 'groups';
}

/** Every workshop starts with one board, so the facilitator can begin capturing at once. */
export function firstSessionRow(workshopId: string, sessionId: string, now: string): SessionRow {
  return newSessionRow(
    {
      id: sessionId,
      workshop_id: workshopId,
      title: '',
      day: 1,
      start_time: null,
      duration_minutes: null,
      kind: 'board',
      template: 'challenges_solutions',
      question: '',
      position: keyBetween(null, null),
    },
    now,
  );
}
