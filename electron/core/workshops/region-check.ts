import { AppError, type FieldProblem } from '#shared/errors.ts';
import { isInsideRegion } from '#shared/schemas.ts';
import type { Trx } from '../context.ts';
import type { WorkshopRow } from '../db/schema.ts';
import { assertInsideScope, requireRegion, workshopScope } from '../regions/scope.ts';

type WorkshopRegion = Pick<WorkshopRow, 'level' | 'province_code' | 'regency_code'>;

/**
 * A workshop's level and region must agree: a national PLM names no region, a provincial one no
 * kabupaten, and a kabupaten/kota lies in the chosen province. Its groups must stay inside.
 */
export async function checkWorkshopRegion(trx: Trx, workshopId: string | null, next: WorkshopRegion): Promise<void> {
  const problems: FieldProblem[] = [];
  if (next.level === 'national' && next.province_code !== null) problems.push({ path: 'provinceCode', problem: 'invalid' });
  if (next.level !== 'regency' && next.regency_code !== null) problems.push({ path: 'regencyCode', problem: 'invalid' });
  if (next.regency_code !== null && (next.province_code === null || !isInsideRegion(next.regency_code, next.province_code))) {
    problems.push({ path: 'regencyCode', problem: 'outside_region' });
  }
  if (problems.length > 0) throw new AppError('invalid_input', 'Workshop level and region disagree', { fields: problems });
  if (next.province_code !== null) await requireRegion(next.province_code, 'provinceCode');
  if (next.regency_code !== null) await requireRegion(next.regency_code, 'regencyCode');
  if (workshopId === null) return;

  const scope = workshopScope(next);
  const groups = await trx.selectFrom('groups').select('region_code').where('workshop_id', '=', workshopId).where('region_code', 'is not', null).where('deleted_at', 'is', null).execute();
  for (const group of groups) assertInsideScope(group.region_code!, scope, 'workshop');
}
