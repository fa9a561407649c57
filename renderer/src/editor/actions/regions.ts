import type { MethodInput } from '#shared/api.ts';
import type { Region } from '#shared/model.ts';
import { ask } from '../ask.ts';
import { acceptRegions, getState } from '../store.ts';

/** One keystroke of the region type-ahead; an empty list when the core refuses (the message is shown). */
export async function searchRegions(input: MethodInput<'regions.search'>): Promise<Region[]> {
  return (await ask('regions.search', input)) ?? [];
}

/** Fetches the names of regions the store does not know yet (a group's kabupaten, the workshop's province). */
export async function ensureRegions(codes: ReadonlyArray<string | null>): Promise<void> {
  const known = getState().regions;
  const missing = [...new Set(codes.filter((c): c is string => c !== null && !known[c]))];
  if (missing.length === 0) return;
  acceptRegions((await ask('regions.lookup', { codes: missing })) ?? []);
}
