import type { Region, Workshop } from '#shared/model.ts';
import { groupNameForRegion, normalizeName, placeKey } from '#shared/names.ts';
import { NAME_MAX } from '#shared/schemas.ts';
import { matchGroup, type PlaceContext } from '#shared/roster-import/match-group.ts';
import { call } from '../../../api/client.ts';
import { regionChoice } from '../../groups/region-choice.ts';

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
 * ("Provinsi Lampung"). A region spelled one or two letters off ("Balai Punggut") is proposed,
 * `near`, for the preview to ask about as it asks about near matches of existing groups. A group
 * the workshop has, or the import already makes, for the same region or name is chosen again
 * instead of being made twice.
 */
export async function groupForText(text: string, context: PlaceContext, workshop: Workshop, known: readonly GroupOption[]): Promise<{ group: GroupOption; near: boolean }> {
  const { levels, within } = regionChoice(workshop);
  const search = async (query: string) => {
    const regions = await call('regions.search', { query, levels, ...(within ? { within } : {}), limit: 50 }).catch((): Region[] => []);
    const candidates = regions.map((r) => ({ id: r.code, name: r.name, regionName: r.name, districtName: r.districtName, regencyName: r.regencyName }));
    const match = matchGroup(text, context, candidates);
    return match ? { region: regions.find((r) => r.code === match.groupId), how: match.how } : null;
  };
  const key = placeKey(text);
  const found = key ? ((await search(key)) ?? (shortened(key) !== key ? await search(shortened(key)) : null)) : null;
  const region = found?.region;
  const name = region ? groupNameForRegion(region) : text.trim().replace(/\s+/g, ' ').slice(0, NAME_MAX);
  const same = known.find((g) => (region ? g.regionCode === region.code : g.regionCode === null && normalizeName(g.name) === normalizeName(name)));
  return { group: same ?? { id: crypto.randomUUID(), name, regionCode: region?.code ?? null, isNew: true }, near: found?.how === 'near' };
}

/**
 * A name one or two letters off ("balai punggut") finds nothing by its whole words: searched again
 * without the last word's ending, and the spelling compared after (`matchGroup`).
 */
function shortened(key: string): string {
  const words = key.split(' ');
  const last = words.pop() ?? '';
  return [...words, last.slice(0, Math.max(3, last.length - 3))].join(' ');
}
