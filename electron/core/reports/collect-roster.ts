import { TEAM_ROLES } from '#shared/model.ts';
import type { Db } from '../context.ts';
import { loadParticipants } from '../participants/rows.ts';
import { participantSummary } from '../participants/summary.ts';
import type { ReportRoster } from './report-data.ts';

/**
 * Participants per group × role and gender and attendance per day, counted by setup's own
 * summary (the same numbers its Ringkasan page shows), and the facilitators and speakers.
 */
export async function collectRoster(db: Db, workshopId: string): Promise<ReportRoster> {
  const workshop = await db.selectFrom('workshops').selectAll().where('id', '=', workshopId).executeTakeFirstOrThrow();
  const summary = await participantSummary(db, workshop);
  const team = (await loadParticipants(db, workshopId))
    .filter((p) => (TEAM_ROLES as readonly string[]).includes(p.role))
    .map((p) => ({ name: p.name, role: p.role, origin: [p.institution, p.regency].map((s) => s.trim()).filter(Boolean).join(', ') || null }));
  return { summary, team };
}
