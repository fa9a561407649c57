import type { ParticipantRole } from '#shared/model.ts';
import type { PaperworkOptions } from '#shared/reports.ts';
import type { RosterEntry } from '../reports/report-data.ts';

/** The meeting's own people: on the team sheet of the daftar hadir and in the "team" certificates. */
export const TEAM_SHEET_ROLES: readonly ParticipantRole[] = ['facilitator', 'master_trainer', 'committee'];

export function isTeam(person: Pick<RosterEntry, 'role' | 'groupId'>): boolean {
  return person.groupId === null && TEAM_SHEET_ROLES.includes(person.role);
}

/**
 * Who gets a certificate in this export, in roster order (groups in board order, then the
 * people without a group): everyone, one group, or the team; optionally only those checked in
 * on at least one day.
 */
export function certificateRecipients(people: readonly RosterEntry[], options: Pick<PaperworkOptions, 'certificateGroup' | 'presentOnly'>): RosterEntry[] {
  return people.filter((p) => {
    if (options.presentOnly && p.daysPresent.length === 0) return false;
    if (options.certificateGroup === null) return true;
    if (options.certificateGroup === 'team') return isTeam(p);
    return p.groupId === options.certificateGroup;
  });
}
