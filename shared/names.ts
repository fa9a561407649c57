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

const INDONESIAN = new Intl.Collator('id');
/**
 * How lists of people are sorted by name (the roster, the check-in desk, a phone's roster):
 * Indonesian collation, so "ahmad" stands beside "Ahmad", not after "Zainal" as byte order has it.
 */
export function compareNames(a: string, b: string): number {
  return INDONESIAN.compare(a, b);
}

const KABUPATEN_PREFIX = /^(kabupaten|kab)\s+/;
const KOTA_PREFIX = /^(kota administrasi|kota adm|kota)\s+/;
/**
 * What sign-in lists write before a village's name across Indonesia: desa and kelurahan (and
 * their short forms), kampung (Lampung, Papua), pekon and tiyuh (Lampung), nagari (Sumatera
 * Barat), gampong (Aceh), lembang (Toraja), kalurahan (Yogyakarta), negeri (Maluku); also the
 * village library itself ("Perpustakaan Desa X", "Perpusdes X").
 */
const VILLAGE_PREFIX =
  /^(perpustakaan (desa|kelurahan|kampung|nagari|gampong)|perpusdes|desa kelurahan|desa kel|desa|ds|kelurahan|kalurahan|kel|kampung|kampong|kp|pekon|tiyuh|nagari|gampong|gampoeng|lembang|negeri)\s+/;
const DISTRICT_PREFIX = /^(kecamatan|kec|distrik)\s+/;

/** "Kabupaten Way Kanan", "Kab. Way Kanan" and "way kanan" give the same key; so do "Kota Metro" and "Metro". */
export function regencyKey(value: string): string {
  return normalizeName(value).replace(KABUPATEN_PREFIX, '').replace(KOTA_PREFIX, '');
}

/** "Desa Sidomulyo" and "Sidomulyo" give the same key. */
export function villageKey(value: string): string {
  return normalizeName(value).replace(VILLAGE_PREFIX, '');
}

/** "Kec. Bengkalis", "Kecamatan Bengkalis" and "Bengkalis" give the same key. */
export function districtKey(value: string): string {
  return normalizeName(value).replace(DISTRICT_PREFIX, '');
}

/**
 * A place name without the word for its level in front (kabupaten, kota, kecamatan, desa,
 * kelurahan, …): what a group picked from the region data and a sign-in list's cell share.
 */
export function placeKey(value: string): string {
  return villageKey(districtKey(regencyKey(value)));
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
