import type { Db } from '../context.ts';
import type { ReportGroup, ReportWorkshop, RosterSummary } from './report-data.ts';

/**
 * Participants per group × role and gender, attendance per day, and the facilitators and
 * speakers, from the roster that workshop setup keeps. Until that roster exists in the
 * database there is nothing to count, and the report says the list was not recorded.
 */
export async function collectRoster(_db: Db, _workshop: ReportWorkshop, _groups: ReportGroup[]): Promise<RosterSummary | null> {
  return null;
}
