import type { Workshop } from '#shared/model.ts';
import { groupNameForRegion, normalizeName, placeKey } from '#shared/names.ts';
import { NAME_MAX } from '#shared/schemas.ts';
import { matchGroup, type PlaceContext } from '#shared/roster-import/match-group.ts';
import { call } from '../../../api/client.ts';
import { regionChoice } from '../../groups/region-choice.ts';

/** A group the import will make (in its transaction) for a text of the list that names none of the workshop's. */
export interface NewGroup {
  id: string;
  name: string;
  regionCode: string | null;
}

/** A group the mapping can choose: one of the workshop's, or one the import will make (`isNew`). */
export interface GroupOption {
  id: string;
  name: string;
  regionCode: string | null;
  isNew?: boolean;
}

/**
 * The group a list's text asks for: the official region it names, found as the Kelompok page
 * finds it ("Kabupaten Way Kanan" → Way Kanan, region 18.08), else a free group named as written
 * ("Provinsi Lampung"). A group the workshop has, or the import already makes, for the same
 * region or name is chosen again instead of being made twice.
 */
export async function groupForText(text: string, context: PlaceContext, workshop: Workshop, known: readonly GroupOption[]): Promise<GroupOption> {
  const { levels, within } = regionChoice(workshop);
  const query = placeKey(text);
  const regions = query ? await call('regions.search', { query, levels, ...(within ? { within } : {}) }).catch(() => []) : [];
  const candidates = regions.map((r) => ({ id: r.code, name: r.name, regionName: r.name, districtName: r.districtName, regencyName: r.regencyName }));
  const match = matchGroup(text, context, candidates);
  const region = match?.how === 'exact' ? regions.find((r) => r.code === match.groupId) : undefined;
  const name = region ? groupNameForRegion(region) : text.trim().replace(/\s+/g, ' ').slice(0, NAME_MAX);
  const same = known.find((g) => (region ? g.regionCode === region.code : g.regionCode === null && normalizeName(g.name) === normalizeName(name)));
  return same ?? { id: crypto.randomUUID(), name, regionCode: region?.code ?? null, isNew: true };
}
