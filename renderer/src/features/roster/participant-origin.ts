import type { Group, Region } from '#shared/model.ts';
import { looksLikeVillage, regencyKey } from '#shared/names.ts';

/**
 * What a typed "Asal" means, by the same rule as the import: "Desa Sukajaya" is a village, anything
 * else a library or institution; the kabupaten comes from the group when the group is one.
 */
export function originFields(origin: string, group: Group | undefined, regions: Record<string, Region>) {
  const region = group?.regionCode ? regions[group.regionCode] : undefined;
  return {
    village: looksLikeVillage(origin) ? origin : '',
    institution: looksLikeVillage(origin) ? '' : origin,
    regency: region?.level === 'regency' ? region.name : (region?.regencyName ?? ''),
  };
}

/** "Desa Sukajaya · Kabupaten Way Kanan": where a participant comes from, in one line (the kabupaten only when the group does not say it). */
export function originText(p: { village: string; institution: string; regency: string }, groupName = ''): string {
  const regency = p.regency && regencyKey(p.regency) !== regencyKey(groupName) ? p.regency : '';
  return [p.village, p.institution, regency].filter(Boolean).join(' · ');
}
