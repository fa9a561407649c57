import { TEAM_ROLES } from '#shared/model.ts';
import type { Db } from '../context.ts';
import { loadParticipants } from '../participants/rows.ts';
import { participantSummary } from '../participants/summary.ts';
import type { ReportRoster, RosterEntry } from './report-data.ts';

/**
 * Participants per group × role and gender and attendance per day, counted by setup's own
 * summary (the same numbers its Ringkasan page shows), and the facilitators and speakers.
 */
export async function collectRoster(db: Db, workshopId: string): Promise<ReportRoster> {
  const workshop = await db.selectFrom('workshops').selectAll().where('id', '=', workshopId).executeTakeFirstOrThrow();
  const summary = await participantSummary(db, workshop);
  const participants = await loadParticipants(db, workshopId);
  const team = participants
    .filter((p) => (TEAM_ROLES as readonly string[]).includes(p.role))
    .map((p) => ({ name: p.name, role: p.role, origin: [p.institution, p.regency].map((s) => s.trim()).filter(Boolean).join(', ') || null }));
  const groups = await db.selectFrom('groups').select(['id', 'name']).where('workshop_id', '=', workshopId).orderBy('position').orderBy('id').execute();
  const order = new Map(groups.map((g, i) => [g.id, i]));
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  // Groups in board order, then people without a group; within a group, in the order added.
  const rank = (groupId: string | null) => (groupId === null ? groups.length : (order.get(groupId) ?? groups.length));
  const people: RosterEntry[] = [...participants]
    .sort((a, b) => rank(a.groupId) - rank(b.groupId) || a.addedOrder - b.addedOrder)
    .map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      gender: p.gender,
      groupId: p.groupId,
      groupName: p.groupId ? (groupName.get(p.groupId) ?? null) : null,
      village: p.village,
      regency: p.regency,
      institution: p.institution,
      daysPresent: p.daysPresent,
    }));
  return { summary, team, people };
}
