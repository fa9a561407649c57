import { AppError } from '#shared/errors.ts';
import type { Region } from '#shared/model.ts';
import { isInsideRegion } from '#shared/schemas.ts';
import type { WorkshopRow } from '../db/schema.ts';
import { regionIndexForCode } from './load.ts';

/** The official region with this code, or an `invalid_input` naming the field that holds it. */
export async function requireRegion(code: string, field: string): Promise<Region> {
  const region = (await regionIndexForCode(code)).lookup(code);
  if (!region) throw new AppError('invalid_input', `Unknown region ${code}`, { fields: [{ path: field, problem: 'invalid' }] });
  return region;
}

/** The area a workshop's groups must lie in: its kabupaten/kota, else its province, else anywhere. */
export function workshopScope(workshop: Pick<WorkshopRow, 'level' | 'province_code' | 'regency_code'>): string | null {
  if (workshop.level === 'national') return null;
  return (workshop.level === 'regency' ? workshop.regency_code : null) ?? workshop.province_code;
}

/**
 * A group from another province (or, in a kabupaten PLM, another kabupaten) is refused; so is a
 * change of the workshop's region that would leave a group outside (`entity: 'workshop'`).
 */
export function assertInsideScope(code: string, scope: string | null, entity: 'group' | 'workshop' = 'group'): void {
  if (scope !== null && (code === scope || !isInsideRegion(code, scope))) {
    throw new AppError('outside_region', `Region ${code} lies outside ${scope}`, { entity });
  }
}
