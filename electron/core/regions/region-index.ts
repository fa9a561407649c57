import type { Region, RegionLevel } from '#shared/model.ts';
import { normalizeName, regencyKey } from '#shared/names.ts';
import { isInsideRegion } from '#shared/schemas.ts';

export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
}

interface RegionQuery {
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
  /** Each record's place in the tie-break order (kabupaten first, then shorter, then alphabetical). */
  readonly #rank: Int32Array;
  /** Which search last looked at each record: a record with two words matching the query counts once. */
  readonly #seenBy: Uint32Array;
  #searches = 0;

  constructor(records: RegionRecord[]) {
    this.#records = records;
    this.#keys = records.map(searchKey);
    records.forEach((r, i) => this.#byCode.set(r.code, i));
    this.#rank = new Int32Array(records.length);
    [...records.keys()].sort(compareRecords(records)).forEach((index, rank) => (this.#rank[index] = rank));
    this.#seenBy = new Uint32Array(records.length);
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
    const stamp = ++this.#searches;
    // One typed letter can point at 30,000 villages: keep only the best `limit`, never sort them all.
    const best = new TopK(limit);
    for (let w = this.#firstWordFrom(anchor); w < this.#words.length && this.#words[w]!.startsWith(anchor); w++) {
      const index = this.#wordOwners[w]!;
      if (this.#seenBy[index] === stamp) continue;
      this.#seenBy[index] = stamp;
      const record = this.#records[index]!;
      if (levels && !levels.includes(record.level)) continue;
      if (within && (record.code === within || !isInsideRegion(record.code, within))) continue;
      const key = this.#keys[index]!;
      if (tokens.length > 1 && !tokens.every((t) => hasWordStartingWith(key, t))) continue;
      const score = key === wanted ? 0 : key.startsWith(wanted) ? 1 : 2;
      best.offer(index, score * this.#records.length + this.#rank[index]!);
    }
    return best.indexes().map((index) => this.describe(this.#records[index]!));
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

}

/** Kabupaten before kecamatan before desa, then shorter names, then alphabetical. */
function compareRecords(records: RegionRecord[]) {
  return (a: number, b: number): number => {
    const ra = records[a]!;
    const rb = records[b]!;
    return LEVEL_ORDER[ra.level] - LEVEL_ORDER[rb.level] || ra.name.length - rb.name.length || (ra.name < rb.name ? -1 : ra.name > rb.name ? 1 : 0);
  };
}

/** The `size` lowest-cost items seen, kept sorted; most offers are turned away by one comparison. */
class TopK {
  readonly #size: number;
  readonly #items: Array<{ index: number; cost: number }> = [];

  constructor(size: number) {
    this.#size = size;
  }

  offer(index: number, cost: number): void {
    const items = this.#items;
    if (items.length === this.#size && cost >= items[items.length - 1]!.cost) return;
    let at = items.length;
    while (at > 0 && items[at - 1]!.cost > cost) at--;
    items.splice(at, 0, { index, cost });
    if (items.length > this.#size) items.pop();
  }

  indexes(): number[] {
    return this.#items.map((item) => item.index);
  }
}

/** Regencies are found without their "Kabupaten"/"Kota" prefix; other names as written. */
function searchKey(record: RegionRecord): string {
  return record.level === 'regency' ? regencyKey(record.name) : normalizeName(record.name);
}

function hasWordStartingWith(key: string, token: string): boolean {
  return key.startsWith(token) || key.includes(` ${token}`);
}
