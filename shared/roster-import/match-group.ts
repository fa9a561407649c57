import { distance } from 'fastest-levenshtein';
import { districtKey, normalizeName, placeKey, regencyKey } from '../names.ts';

/**
 * Which group a sign-in list's cell names: "Desa Wonosari" is the group Wonosari, "Kab. Bone" the
 * group Bone. Two villages of one name are told apart by the row's Kecamatan or Kabupaten cell,
 * and a name one or two letters off ("Wonosri") is offered as a near match for the facilitator
 * to confirm, never taken silently.
 */

/** A group as the import sees it: its name, and where its region lies when it stands for one. */
export interface GroupCandidate {
  id: string;
  name: string;
  /** The official region's own name ("Riding Panjang"), when the group was picked from the region data. */
  regionName?: string | null;
  /** The kecamatan and kabupaten/kota the group's region lies in. */
  districtName?: string | null;
  regencyName?: string | null;
}

/** The row's other place cells, which tell same-named places apart. */
export interface PlaceContext {
  district?: string;
  regency?: string;
}

export interface GroupMatch {
  groupId: string;
  /** `near`: spelled one or two letters differently; the preview asks "did you mean …?". */
  how: 'exact' | 'near';
}

/** The group a text names, or null when none fits or several fit equally. */
export function matchGroup(text: string, context: PlaceContext, groups: readonly GroupCandidate[]): GroupMatch | null {
  if (!normalizeName(text)) return null;
  // Closer readings first, so "Kabupaten Bandung" finds "Bandung" even beside "Kota Bandung".
  for (const reading of READINGS) {
    const wanted = reading(text);
    const found = groups.filter((g) => namesOf(g).some((name) => reading(name) === wanted));
    const chosen = narrow(found, context);
    if (chosen) return { groupId: chosen.id, how: 'exact' };
    if (found.length > 1) return null;
  }
  const near = nearest(placeKey(text), groups);
  const chosen = near && narrow(near, context);
  return chosen ? { groupId: chosen.id, how: 'near' } : null;
}

const READINGS: Array<(value: string) => string> = [normalizeName, (v) => normalizeName(v).replace(/^(kabupaten|kab)\s+/, ''), regencyKey, placeKey];

function namesOf(group: GroupCandidate): string[] {
  return group.regionName ? [group.name, group.regionName] : [group.name];
}

/**
 * One of several same-named groups, chosen by the row's kecamatan, then its kabupaten; a single
 * group is kept unless the row names another kecamatan or kabupaten than the group's region.
 */
function narrow(found: readonly GroupCandidate[], context: PlaceContext): GroupCandidate | null {
  const district = districtKey(context.district ?? '');
  const regency = regencyKey(context.regency ?? '');
  const fits = (g: GroupCandidate) =>
    (!district || !g.districtName || districtKey(g.districtName) === district) && (!regency || !g.regencyName || regencyKey(g.regencyName) === regency);
  const fitting = found.filter(fits);
  if (fitting.length === 1) return fitting[0]!;
  if (fitting.length > 1 && district) {
    const inDistrict = fitting.filter((g) => g.districtName && districtKey(g.districtName) === district);
    if (inDistrict.length === 1) return inDistrict[0]!;
  }
  return null;
}

/**
 * The groups nearest in spelling, when they are near enough: one letter off for a name of five
 * to eight letters, two for a longer one, none for a short name ("Bone" is not "Bena").
 */
function nearest(wanted: string, groups: readonly GroupCandidate[]): GroupCandidate[] | null {
  const allowed = wanted.length >= 9 ? 2 : wanted.length >= 5 ? 1 : 0;
  if (allowed === 0) return null;
  let best = allowed + 1;
  let found: GroupCandidate[] = [];
  for (const group of groups) {
    const d = Math.min(...namesOf(group).map((name) => distance(wanted, placeKey(name))));
    if (d < best) {
      best = d;
      found = [group];
    } else if (d === best) found.push(group);
  }
  return best <= allowed && found.length > 0 ? found : null;
}
