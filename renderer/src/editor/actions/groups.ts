import type { Group, GroupDeleted, GroupUsage, Region } from '#shared/model.ts';
import type { GroupColor } from '#shared/palette.ts';
import { groupNameForRegion } from '#shared/names.ts';
import { keyAfter } from '#shared/ordering.ts';
import { call } from '../../api/client.ts';
import { i18next } from '../../i18n/index.ts';
import { ask } from '../ask.ts';
import { run, type MutationFactory } from '../runner.ts';
import { acceptRegions, getState, tables, workshopGroups } from '../store.ts';
import { changeFields } from './field-change.ts';

/** The working groups of a workshop (the Kelompok page, and the board's own "add group"). */

/** A free group; undone by removing it (it is empty then). Resolves with the saved group. */
export function addGroup(workshopId: string, name: string, regionCode?: string) {
  const id = crypto.randomUUID();
  return run(creation({ id, workshopId, name, ...(regionCode ? { regionCode } : {}) }));
}

/** A group picked from the official region data, named as the region ("Kabupaten " dropped). */
export async function addGroupFromRegion(workshopId: string, region: Region): Promise<Group | null | undefined> {
  const saved = await addGroup(workshopId, groupNameForRegion(region), region.code);
  if (saved) acceptRegions([region]);
  return saved;
}

function creation(input: { id: string; workshopId: string; name: string; regionCode?: string; color?: GroupColor }): MutationFactory<Group> {
  return () => ({
    label: 'addGroup',
    save: () => call('groups.create', input),
    reconcile: (group) => tables.groups.accept([group]),
    // Undone by deleting it (the core keeps it aside), done again by bringing that one back.
    inverse: (group) => deletion(group.id, 'addGroup'),
  });
}

export function updateGroup(id: string, changes: { name?: string; color?: GroupColor }) {
  const label = changes.name !== undefined ? 'renameGroup' : 'recolorGroup';
  return run(changeFields({ label, table: tables.groups, key: id, patch: changes, save: (patch) => call('groups.update', { id, ...patch }) }));
}

/** Puts a group right after another (or first); shown at once, undone by putting it back. */
export function moveGroup(id: string, afterGroupId: string | null) {
  return run(groupMove(id, afterGroupId));
}

function groupMove(id: string, afterGroupId: string | null): MutationFactory<Group> {
  return () => {
    const group = tables.groups.get(id);
    if (!group) return null;
    const siblings = workshopGroups(getState(), group.workshopId).filter((g) => g.id !== id);
    const before = workshopGroups(getState(), group.workshopId);
    const previous = before[before.findIndex((g) => g.id === id) - 1]?.id ?? null;
    if (previous === afterGroupId) return null;
    // A neighbour gone meanwhile (deleted in another window): no preview, the core answers.
    const known = afterGroupId === null || siblings.some((g) => g.id === afterGroupId);
    return {
      label: 'moveGroup',
      ...(known ? { preview: (draft) => draft.show(tables.groups, [{ ...group, position: keyAfter(siblings, afterGroupId) }]) } : {}),
      save: () => call('groups.move', { id, afterGroupId }),
      reconcile: (saved) => tables.groups.accept([saved]),
      inverse: () => groupMove(id, previous),
    };
  };
}

/** What deleting would touch, for the confirmation; undefined when the core cannot say (the message is shown). */
export function groupUsage(id: string): Promise<GroupUsage | undefined> {
  return ask('groups.usage', { id });
}

/**
 * Deletes a group, with "Urungkan" in the notice: the core keeps it aside (its dots stay in closed
 * votes) and brings it back with its cards in their places and its people. The cards and
 * participants arrive through the core's events either way.
 */
export function deleteGroup(id: string) {
  const name = tables.groups.get(id)?.name ?? '';
  return run(deletion(id), { notice: () => i18next.t('groups:deleted', { name }) });
}

/** `label`: the step this is part of (deleting, or undoing an add), for the history's words. */
function deletion(id: string, label: 'deleteGroup' | 'addGroup' = 'deleteGroup'): MutationFactory<GroupDeleted> {
  return () => ({
    label,
    save: () => call('groups.delete', { id }),
    reconcile: (deleted) => tables.groups.forget([deleted.groupId]),
    inverse: () => restoration(id, label),
  });
}

function restoration(id: string, label: 'deleteGroup' | 'addGroup'): MutationFactory<Group> {
  return () => ({
    label: label === 'addGroup' ? 'addGroup' : 'restoreGroup',
    save: () => call('groups.restore', { id }),
    reconcile: (group) => tables.groups.accept([group]),
    inverse: () => deletion(id, label),
  });
}
