import type { RegionLevel, Workshop } from '#shared/model.ts';

/**
 * Where the groups come from: a provincial PLM picks kabupaten/kota of its province, a kabupaten
 * PLM kecamatan or desa of its kabupaten, a national one provinces or kabupaten. A custom group
 * (a mixed group, a TBM) is named freely.
 */
export function regionChoice(workshop: Workshop): { levels: RegionLevel[]; within: string | undefined; scoped: boolean } {
  if (workshop.level === 'national') return { levels: ['province', 'regency'], within: undefined, scoped: true };
  if (workshop.level === 'regency') {
    return { levels: ['district', 'village'], within: workshop.regencyCode ?? workshop.provinceCode ?? undefined, scoped: workshop.regencyCode !== null };
  }
  return { levels: ['regency'], within: workshop.provinceCode ?? undefined, scoped: workshop.provinceCode !== null };
}
