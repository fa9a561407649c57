import { keyBetween } from '#shared/ordering.ts';
import type { SessionRow } from '../db/schema.ts';

/** Every workshop starts with one board, so the facilitator can begin capturing at once. */
export function firstSessionRow(workshopId: string, sessionId: string, now: string): SessionRow {
  return {
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
    locked_at: null,
    created_at: now,
    updated_at: now,
  };
}
