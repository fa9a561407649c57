import type { Region, RegionLevel } from '#shared/model.ts';
import { normalizeName, regencyKey } from '#shared/names.ts';
import { isInsideRegion } from '#shared/schemas.ts';

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface RegionQuery {
  query: string;
  levels?: readonly RegionLevel[];
  within?: string;
  limit: number;
}

const LEVEL_ORDER: Record<RegionLevel, number> = { province: 0, regency: 1, district: 2, village: 3 };

/**
 * The official regions, searchable as the facilitator types. Every word of every name sits in one
 * sorted array, so a keystroke is a binary search for the query's longest word plus a check of
 * the few regions it points at, not a scan of all 83,762 villages.
 */
export class RegionIndex {
  readonly #records: RegionRecord[];
  readonly #keys: string[];
  readonly #byCode = new Map<string, number>();
  /** Every word of every search key, sorted, with the record it belongs to (parallel arrays). */
  readonly #words: string[];
  readonly #wordOwners: Int32Array;

  constructor(records: RegionRecord[]) {
    this.#records = records;
    this.#keys = records.map(searchKey);
    records.forEach((r, i) => this.#byCode.set(r.code, i));
    const pairs: Array<[string, number]> = [];
    this.#keys.forEach((key, i) => {
      for (const word of new Set(key.split(' '))) if (word) pairs.push([word, i]);
    });
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.#words = pairs.map((p) => p[0]);
    this.#wordOwners = Int32Array.from(pairs, (p) => p[1]);
  }

  get size(): number {
    return this.#records.length;
  }

  search({ query, levels, within, limit }: RegionQuery): Region[] {
    const wanted = regencyKey(query);
    const tokens = wanted.split(' ').filter(Boolean);
    if (tokens.length === 0) return [];
    const anchor = tokens.reduce((a, b) => (b.length > a.length ? b : a));
    const scored: Array<{ index: number; score: number }> = [];
    const checked = new Set<number>();
    for (let w = this.#firstWordFrom(anchor); w < this.#words.length && this.#words[w]!.startsWith(anchor); w++) {
      const index = this.#wordOwners[w]!;
      if (checked.has(index)) continue;
      checked.add(index);
      const record = this.#records[index]!;
      if (levels && !levels.includes(record.level)) continue;
      if (within && (record.code === within || !isInsideRegion(record.code, within))) continue;
      const key = this.#keys[index]!;
      if (!tokens.every((t) => hasWordStartingWith(key, t))) continue;
      scored.push({ index, score: key === wanted ? 0 : key.startsWith(wanted) ? 1 : 2 });
    }
    scored.sort((a, b) => a.score - b.score || this.#compareRecords(a.index, b.index));
    return scored.slice(0, limit).map((s) => this.describe(this.#records[s.index]!));
  }

  lookup(code: string): Region | undefined {
    const index = this.#byCode.get(code);
    return index === undefined ? undefined : this.describe(this.#records[index]!);
  }

  /** A region with the names of the kecamatan, kabupaten/kota and province it lies in. */
  describe(record: RegionRecord): Region {
    const parts = record.code.split('.');
    const nameOf = (depth: number) => (parts.length > depth ? (this.#nameOfCode(parts.slice(0, depth).join('.')) ?? null) : null);
    return {
      code: record.code,
      name: record.name,
      level: record.level,
      provinceName: nameOf(1),
      regencyName: nameOf(2),
      districtName: nameOf(3),
    };
  }

  #nameOfCode(code: string): string | undefined {
    const index = this.#byCode.get(code);
    return index === undefined ? undefined : this.#records[index]?.name;
  }

  #firstWordFrom(prefix: string): number {
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.#words[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Kabupaten before kecamatan before desa, then shorter names, then alphabetical. */
  #compareRecords(a: number, b: number): number {
    const ra = this.#records[a]!;
    const rb = this.#records[b]!;
    return LEVEL_ORDER[ra.level] - LEVEL_ORDER[rb.level] || ra.name.length - rb.name.length || (ra.name < rb.name ? -1 : ra.name > rb.name ? 1 : 0);
  }
}

/** Regencies are found without their "Kabupaten"/"Kota" prefix; other names as written. */
function searchKey(record: RegionRecord): string {
  return record.level === 'regency' ? regencyKey(record.name) : normalizeName(record.name);
}

function hasWordStartingWith(key: string, token: string): boolean {
  return key.startsWith(token) || key.includes(` ${token}`);
}
