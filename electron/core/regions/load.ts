import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data';
import type { RegionLevel } from '#shared/model.ts';
import { RegionIndex, type RegionRecord } from './region-index.ts';

/**
 * The region data of the `idn-area-data` package, read once per process and only when first
 * needed: provinces and kabupaten/kota (small) on their own, kecamatan and desa (83,762 villages)
 * only when a search or a code reaches down to them.
 */
let upper: Promise<RegionIndex> | undefined;
let all: Promise<RegionIndex> | undefined;

const UPPER_LEVELS: readonly RegionLevel[] = ['province', 'regency'];

/** The index that holds the given levels (all levels when omitted). */
export function regionIndexFor(levels?: readonly RegionLevel[]): Promise<RegionIndex> {
  return levels && levels.every((l) => UPPER_LEVELS.includes(l)) ? upperIndex() : fullIndex();
}

/** The index that holds the region with this code. */
export function regionIndexForCode(code: string): Promise<RegionIndex> {
  return code.split('.').length <= 2 ? upperIndex() : fullIndex();
}

function upperIndex(): Promise<RegionIndex> {
  upper ??= retryable(async () => new RegionIndex(await upperRecords()), () => (upper = undefined));
  return upper;
}

function fullIndex(): Promise<RegionIndex> {
  all ??= retryable(async () => {
    const [records, districts, villages] = await Promise.all([upperRecords(), getDistricts(), getVillages()]);
    return new RegionIndex([
      ...records,
      ...districts.map((d): RegionRecord => ({ code: d.code, name: d.name, level: 'district' })),
      ...villages.map((v): RegionRecord => ({ code: v.code, name: v.name, level: 'village' })),
    ]);
  }, () => (all = undefined));
  return all;
}

async function upperRecords(): Promise<RegionRecord[]> {
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  return [
    ...provinces.map((p): RegionRecord => ({ code: p.code, name: p.name, level: 'province' })),
    ...regencies.map((r): RegionRecord => ({ code: r.code, name: r.name, level: 'regency' })),
  ];
}

/** A failed read (a damaged installation) is not cached: the next call tries again. */
function retryable<T>(load: () => Promise<T>, forget: () => void): Promise<T> {
  return load().catch((error: unknown) => {
    forget();
    throw error;
  });
}
