import { AppError } from '#shared/errors.ts';
import type { Db } from '../context.ts';
import type { ReportWorkshop } from './report-data.ts';

/**
 * The workshop's facts for the report head. Level, region, organizer and mode are recorded by
 * workshop setup; until it stores them they stay `null` and the report leaves those lines out.
 */
export async function collectWorkshop(db: Db, workshopId: string): Promise<ReportWorkshop> {
  const row = await db.selectFrom('workshops').selectAll().where('id', '=', workshopId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Workshop ${workshopId} not found`, { entity: 'workshop' });
  return {
    id: row.id,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    venue: row.venue,
    level: null,
    provinceName: null,
    regencyName: null,
    organizer: null,
    mode: null,
  };
}
