import type { Session, SessionKind, SessionTemplate } from '#shared/model.ts';
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
    lockedAt: row.locked_at,
  };
}
