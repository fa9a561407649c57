import type { Region } from './model.ts';

/**
 * How names are compared everywhere (region search, group matching, duplicate detection):
 * lower case, accents dropped, punctuation as spaces, single spaces.
 */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const KABUPATEN_PREFIX = /^(kabupaten|kab)\s+/;
const KOTA_PREFIX = /^(kota administrasi|kota adm|kota)\s+/;
const VILLAGE_PREFIX = /^(desa|kelurahan|kel|kampung|pekon|nagari|gampong)\s+/;

/** "Kabupaten Way Kanan", "Kab. Way Kanan" and "way kanan" give the same key; so do "Kota Metro" and "Metro". */
export function regencyKey(value: string): string {
  return normalizeName(value).replace(KABUPATEN_PREFIX, '').replace(KOTA_PREFIX, '');
}

/** "Desa Sidomulyo" and "Sidomulyo" give the same key. */
export function villageKey(value: string): string {
  return normalizeName(value).replace(VILLAGE_PREFIX, '');
}

/** True when the text names a village ("Desa …", "Kampung …", "Pekon …") rather than an institution. */
export function looksLikeVillage(value: string): boolean {
  return VILLAGE_PREFIX.test(normalizeName(value));
}

/**
 * The name a group gets when picked from the region data: facilitators say "Way Kanan", not
 * "Kabupaten Way Kanan"; a city keeps "Kota" so "Kota Bandung" and (Kabupaten) "Bandung" stay apart.
 */
export function groupNameForRegion(region: Pick<Region, 'name' | 'level'>): string {
  return region.level === 'regency' ? region.name.replace(/^Kabupaten\s+/i, '') : region.name;
}

/**
 * The group a text names ("Kabupaten Lampung Tengah" → the group "Lampung Tengah"), if exactly one
 * fits. Closer readings first, so "Kabupaten Bandung" finds "Bandung" even beside "Kota Bandung".
 */
export function matchGroupByName<G extends { id: string; name: string }>(text: string, groups: readonly G[]): G | undefined {
  const readings = [normalizeName, (v: string) => normalizeName(v).replace(KABUPATEN_PREFIX, ''), regencyKey];
  for (const key of readings) {
    const found = groups.filter((g) => key(g.name) === key(text));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}
