import { PARTICIPANT_ROLES, type Participant, type ParticipantCounts, type ParticipantSummary, type ParticipantSummaryRow } from '#shared/model.ts';
import { meetingDays } from '#shared/schemas.ts';
import type { Db } from '../context.ts';
import type { WorkshopRow } from '../db/schema.ts';
import { loadParticipants } from './rows.ts';

/**
 * The numbers read aloud at the opening ("Lampung Tengah 15 orang: 3 Perpusda, 6 perpusdes, 6
 * kepala kampung") and written in the report: per group × role, per gender, attendance per day.
 * Every group has a row, even an empty one; participants without a group get the last row.
 */
export async function participantSummary(db: Db, workshop: WorkshopRow): Promise<ParticipantSummary> {
  const days = meetingDays(workshop.start_date, workshop.end_date);
  const groups = await db.selectFrom('groups').selectAll().where('workshop_id', '=', workshop.id).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute();
  const participants = await loadParticipants(db, workshop.id);
  const rows: ParticipantSummaryRow[] = groups.map((g) => ({
    groupId: g.id,
    groupName: g.name,
    color: g.color,
    ...countParticipants(participants.filter((p) => p.groupId === g.id), days.length),
  }));
  const ungrouped = participants.filter((p) => p.groupId === null);
  if (ungrouped.length > 0) rows.push({ groupId: null, groupName: null, color: null, ...countParticipants(ungrouped, days.length) });
  return { workshopId: workshop.id, days, groups: rows, total: countParticipants(participants, days.length) };
}

function countParticipants(participants: readonly Participant[], dayCount: number): ParticipantCounts {
  const counts: ParticipantCounts = {
    total: participants.length,
    byRole: Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, 0])) as ParticipantCounts['byRole'],
    byGender: { female: 0, male: 0, unknown: 0 },
    presentByDay: Array.from({ length: dayCount }, () => 0),
  };
  for (const p of participants) {
    counts.byRole[p.role] += 1;
    counts.byGender[p.gender ?? 'unknown'] += 1;
    for (const day of p.daysPresent) if (day <= dayCount) counts.presentByDay[day - 1]! += 1;
  }
  return counts;
}
