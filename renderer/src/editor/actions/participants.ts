import type { MethodInput } from '#shared/api.ts';
import type { ImportMembers, Participant } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { i18next } from '../../i18n/index.ts';
import { ask } from '../ask.ts';
import { run, type MutationFactory } from '../runner.ts';
import { tables } from '../store.ts';
import { changeFields } from './field-change.ts';

/** The roster and attendance. Ticking attendance shows at once; forms wait for the core. */

export async function loadRoster(workshopId: string): Promise<void> {
  const roster = await ask('participants.list', { workshopId });
  if (roster) tables.participants.replace(roster, (p) => p.workshopId === workshopId);
}

/** Resolves with the saved participant; undone by taking them off the roster again. */
export function addParticipant(input: MethodInput<'participants.create'>) {
  const id = input.id ?? crypto.randomUUID();
  return run(() => ({
    label: 'addParticipant',
    save: () => call('participants.create', { ...input, id }),
    reconcile: (saved) => tables.participants.accept([saved]),
    inverse: () => presence(id, false, 'addParticipant'),
  }));
}

export function updateParticipant({ id, ...fields }: MethodInput<'participants.update'>) {
  return run(changeFields({ label: 'updateParticipant', table: tables.participants, key: id, patch: fields, save: (patch) => call('participants.update', { id, ...patch }) }));
}

/** Takes someone off the roster, with "Urungkan" in the notice to bring them back. */
export function removeParticipant(id: string) {
  return run(presence(id, false, 'removeParticipant'), { notice: (p) => i18next.t('roster:removed', { name: p.name }) });
}

function presence(id: string, present: boolean, label: 'addParticipant' | 'removeParticipant'): MutationFactory<Participant> {
  return () => {
    const before = tables.participants.get(id);
    return {
      label,
      ...(before ? { preview: (draft) => draft.show(tables.participants, [{ ...before, deletedAt: present ? null : new Date().toISOString() }]) } : {}),
      save: () => call(present ? 'participants.restore' : 'participants.delete', { id }),
      reconcile: (saved) => tables.participants.accept([saved]),
      inverse: () => presence(id, !present, label),
    };
  };
}

/** Ticks or unticks one day; shown at once, undone by the opposite tick. */
export function setAttendance(participantId: string, day: number, present: boolean) {
  return run(attendance(participantId, day, present));
}

function attendance(participantId: string, day: number, present: boolean): MutationFactory<Participant> {
  return () => {
    const before = tables.participants.get(participantId);
    if (!before || before.daysPresent.includes(day) === present) return null;
    const days = present ? [...before.daysPresent, day].sort((a, b) => a - b) : before.daysPresent.filter((d) => d !== day);
    return {
      label: 'attendance',
      preview: (draft) => draft.show(tables.participants, [{ ...before, daysPresent: days }]),
      save: () => call('attendance.set', { participantId, day, present }),
      reconcile: (saved) => tables.participants.accept([saved]),
      inverse: () => attendance(participantId, day, !present),
    };
  };
}

/**
 * Adds the rows of a confirmed import in one transaction, with the groups it makes; undone in one
 * step by taking everyone it added off the roster and its new groups away, redone by bringing
 * them back.
 */
export function importParticipants(input: MethodInput<'participants.import'>) {
  return run(() => ({
    label: 'importParticipants',
    save: () => call('participants.import', input),
    reconcile: (result) => {
      tables.groups.accept(result.groups);
      tables.participants.accept(result.added);
    },
    inverse: (result) =>
      result.added.length > 0 || result.groups.length > 0
        ? importChange(
            result.added.map((p) => p.id),
            result.groups.map((g) => g.id),
            false,
          )
        : null,
  }));
}

/** An import's people off the roster and its groups away, or both back, in one call; each undoes the other. */
function importChange(ids: readonly string[], groupIds: readonly string[], present: boolean): MutationFactory<ImportMembers> {
  return () => ({
    label: 'importParticipants',
    preview: (draft) => {
      const deletedAt = present ? null : new Date().toISOString();
      draft.show(tables.participants, ids.flatMap((id) => tables.participants.get(id) ?? []).map((p) => ({ ...p, deletedAt })));
    },
    save: () => call(present ? 'participants.restoreMany' : 'participants.deleteMany', { ids: [...ids], groupIds: [...groupIds] }),
    reconcile: ({ participants, groups }) => {
      tables.participants.accept(participants);
      if (present) tables.groups.accept(groups);
      else tables.groups.forget(groupIds);
    },
    inverse: () => importChange(ids, groupIds, !present),
  });
}
