import type { GroupColor } from '#shared/palette.ts';
import type { GroupUsage, Region } from '#shared/model.ts';
import { groupNameForRegion } from '#shared/names.ts';
import { keyAfter } from '#shared/ordering.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { workshopGroups } from './selectors.ts';
import { getState, removeGroup, upsertGroups, upsertRegions } from './store.ts';

/** Group management on the Kelompok page. Reordering shows at once; the rest waits for the core. */

export async function addGroupFromRegion(workshopId: string, region: Region): Promise<boolean> {
  try {
    upsertGroups([await call('groups.create', { workshopId, name: groupNameForRegion(region), regionCode: region.code })]);
    upsertRegions([region]);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

export async function updateGroup(id: string, changes: { name?: string; color?: GroupColor }): Promise<boolean> {
  try {
    upsertGroups([await call('groups.update', { id, ...changes })]);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** Puts a group right after another (or first); shown at once, rolled back if the core refuses. */
export async function moveGroup(id: string, afterGroupId: string | null): Promise<void> {
  const group = getState().groups[id];
  if (!group) return;
  const siblings = workshopGroups(getState(), group.workshopId).filter((g) => g.id !== id);
  // A neighbour gone meanwhile (deleted in another window): no preview, the core answers.
  if (afterGroupId === null || siblings.some((g) => g.id === afterGroupId)) {
    upsertGroups([{ ...group, position: keyAfter(siblings, afterGroupId) }]);
  }
  try {
    upsertGroups([await call('groups.move', { id, afterGroupId })]);
  } catch (error) {
    upsertGroups([group]);
    notifyError(error);
  }
}

/** What deleting would touch, for the confirmation; null when the core cannot say (the message is shown). */
export async function groupUsage(id: string): Promise<GroupUsage | null> {
  try {
    return await call('groups.usage', { id });
  } catch (error) {
    notifyError(error);
    return null;
  }
}

/** Deletes a group; its cards and participants arrive through the core's events, without a group. */
export async function deleteGroup(id: string): Promise<boolean> {
  try {
    await call('groups.delete', { id });
    removeGroup(id);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}
