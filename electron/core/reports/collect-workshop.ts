import { AppError } from '#shared/errors.ts';
import type { Db } from '../context.ts';
import { regionIndexForCode } from '../regions/load.ts';
import { toWorkshop } from '../workshops/rows.ts';
import type { ReportWorkshop } from './report-data.ts';

/** The workshop's facts for the report head, with its region codes turned into names. */
export async function collectWorkshop(db: Db, workshopId: string): Promise<ReportWorkshop> {
  const row = await db.selectFrom('workshops').selectAll().where('id', '=', workshopId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Workshop ${workshopId} not found`, { entity: 'workshop' });
  const workshop = toWorkshop(row);
  return {
    id: workshop.id,
    title: workshop.title,
    startDate: workshop.startDate,
    endDate: workshop.endDate,
    venue: workshop.venue,
    level: workshop.level,
    provinceName: await regionName(workshop.provinceCode),
    regencyName: await regionName(workshop.regencyCode),
    organizer: workshop.organizer.trim() || null,
    mode: workshop.mode,
  };
}

async function regionName(code: string | null): Promise<string | null> {
  if (!code) return null;
  return (await regionIndexForCode(code)).lookup(code)?.name ?? null;
}
