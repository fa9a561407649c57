import type { MethodInput } from '#shared/api.ts';
import type { ImportResult, Participant } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { i18next } from '../i18n/index.ts';
import { notify, notifyError } from './notices.ts';
import { getState, replaceRoster, upsertParticipants } from './store.ts';

/** The roster and attendance. Ticking attendance and removing show at once; forms wait for the core. */

export async function loadRoster(workshopId: string): Promise<void> {
  try {
    replaceRoster(workshopId, await call('participants.list', { workshopId }));
  } catch (error) {
    notifyError(error);
  }
}

/** Resolves with the saved participant, or null when the core refused (the message is shown). */
export async function addParticipant(input: MethodInput<'participants.create'>): Promise<Participant | null> {
  try {
    const saved = await call('participants.create', input);
    upsertParticipants([saved]);
    return saved;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export async function updateParticipant(input: MethodInput<'participants.update'>): Promise<boolean> {
  try {
    upsertParticipants([await call('participants.update', input)]);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** Takes someone off the roster, with "Urungkan" in the message to bring them back. */
export async function removeParticipant(id: string): Promise<void> {
  const before = getState().participants[id];
  if (!before) return;
  upsertParticipants([{ ...before, deletedAt: new Date().toISOString() }]);
  try {
    upsertParticipants([await call('participants.delete', { id })]);
    notify('info', i18next.t('roster:removed', { name: before.name }), {
      label: i18next.t('common:undo'),
      run: () => void restoreParticipant(id),
    });
  } catch (error) {
    upsertParticipants([before]);
    notifyError(error);
  }
}

async function restoreParticipant(id: string): Promise<void> {
  try {
    upsertParticipants([await call('participants.restore', { id })]);
  } catch (error) {
    notifyError(error);
  }
}

/** Ticks or unticks one day; shown at once, rolled back if the core refuses. */
export async function setAttendance(participantId: string, day: number, present: boolean): Promise<boolean> {
  const before = getState().participants[participantId];
  if (!before) return false;
  const days = new Set(before.daysPresent);
  if (present) days.add(day);
  else days.delete(day);
  upsertParticipants([{ ...before, daysPresent: [...days].sort((a, b) => a - b) }]);
  try {
    upsertParticipants([await call('attendance.set', { participantId, day, present })]);
    return true;
  } catch (error) {
    upsertParticipants([before]);
    notifyError(error);
    return false;
  }
}

export async function importParticipants(input: MethodInput<'participants.import'>): Promise<ImportResult | null> {
  try {
    const result = await call('participants.import', input);
    upsertParticipants(result.added);
    return result;
  } catch (error) {
    notifyError(error);
    return null;
  }
}
