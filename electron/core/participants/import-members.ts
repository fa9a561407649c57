import { AppError } from '#shared/errors.ts';
import type { AppEvent } from '#shared/events.ts';
import type { Group, ImportMembers } from '#shared/model.ts';
import type { Trx } from '../context.ts';
import { removeGroup, restoreGroup } from '../groups/removal.ts';
import { loadParticipants } from './rows.ts';

/**
 * An import undone (`deleted`) or redone: its people off the roster or back, and the groups it
 * made away or back, all in the caller's one transaction, so it never half-happens. Groups come
 * back before their people and go after them, so nobody is moved out of a group on the way.
 */
export async function setImportMembers(
  trx: Trx,
  { ids, groupIds }: { ids: readonly string[]; groupIds: readonly string[] },
  deleted: boolean,
  now: string,
): Promise<{ value: ImportMembers; events: AppEvent[] }> {
  const workshopId = await assertOneWorkshop(trx, ids, groupIds, deleted);
  const events: AppEvent[] = [];
  const groups: Group[] = [];
  if (!deleted) {
    for (const id of groupIds) {
      const restored = await restoreGroup(trx, id, now);
      groups.push(restored.value);
      events.push(...restored.events);
    }
  }
  if (ids.length > 0) await trx.updateTable('participants').set({ deleted_at: deleted ? now : null, updated_at: now }).where('id', 'in', [...ids]).execute();
  if (deleted) for (const id of groupIds) events.push(...(await removeGroup(trx, id, now)).events);
  if (workshopId === null) return { value: { participants: [], groups }, events };
  const participants = await loadParticipants(trx, workshopId, ids);
  events.push({ type: 'participants.saved', workshopId, participants });
  return { value: { participants, groups }, events };
}

/**
 * Every person and group named is in the state the change expects (on the roster to be taken
 * off, off it to come back) and of one workshop; nothing is named twice. Returns that workshop.
 */
async function assertOneWorkshop(trx: Trx, ids: readonly string[], groupIds: readonly string[], deleted: boolean): Promise<string | null> {
  if (new Set(ids).size !== ids.length) throw new AppError('invalid_input', 'A participant is listed twice', { fields: [{ path: 'ids', problem: 'invalid' }] });
  if (new Set(groupIds).size !== groupIds.length) throw new AppError('invalid_input', 'A group is listed twice', { fields: [{ path: 'groupIds', problem: 'invalid' }] });
  const people = ids.length > 0 ? await trx.selectFrom('participants').select(['id', 'workshop_id', 'deleted_at']).where('id', 'in', [...ids]).execute() : [];
  const missing = ids.find((id) => !people.some((r) => r.id === id && (r.deleted_at !== null) !== deleted));
  if (missing) throw new AppError('not_found', `Participant ${missing} not found`, { entity: 'participant' });
  const groups = groupIds.length > 0 ? await trx.selectFrom('groups').select(['id', 'workshop_id']).where('id', 'in', [...groupIds]).execute() : [];
  const workshops = new Set([...people, ...groups].map((row) => row.workshop_id));
  if (workshops.size > 1) throw new AppError('cross_workshop', 'The participants and groups belong to different workshops', { entity: 'participant' });
  // A group's own state (live to be taken away, deleted to come back) is checked as it is changed.
  return people[0]?.workshop_id ?? null;
}
