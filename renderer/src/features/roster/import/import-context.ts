import type { Group, ImportChoices } from '#shared/model.ts';
import type { GroupCandidate } from '#shared/roster-import/match-group.ts';
import { call } from '../../../api/client.ts';

export interface ImportContext {
  /** The workshop's groups, with the kecamatan and kabupaten of each group's region. */
  candidates: GroupCandidate[];
  /** What earlier imports of this workshop chose for each text. */
  remembered: ImportChoices;
}

/**
 * What matching a sign-in list needs beyond its cells: where each group's region lies (to tell
 * same-named villages apart) and the choices remembered from earlier imports.
 */
export async function loadImportContext(workshopId: string, groups: readonly Group[]): Promise<ImportContext> {
  const codes = [...new Set(groups.flatMap((g) => (g.regionCode ? [g.regionCode] : [])))];
  const [regions, remembered] = await Promise.all([
    codes.length > 0 ? call('regions.lookup', { codes }) : Promise.resolve([]),
    call('participants.importChoices', { workshopId }),
  ]);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const candidates = groups.map((g): GroupCandidate => {
    const region = g.regionCode ? byCode.get(g.regionCode) : undefined;
    return { id: g.id, name: g.name, regionName: region?.name ?? null, districtName: region?.districtName ?? null, regencyName: region?.regencyName ?? null };
  });
  return { candidates, remembered };
}
