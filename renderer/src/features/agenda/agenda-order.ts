import type { Session } from '#shared/model.ts';

/** Sessions as the agenda lists them: by day, then start time (untimed last), then as added. */
export function agendaOrder(sessions: readonly Session[]): Session[] {
  return [...sessions].sort(
    (a, b) =>
      a.day - b.day ||
      (a.startTime ?? '99:99').localeCompare(b.startTime ?? '99:99') ||
      (a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : 1),
  );
}
