import type { MethodInput } from '#shared/api.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { replaceBoard, setState, upsertGroups, upsertSessions, upsertWorkshop } from './store.ts';

/** Loading and changing workshops and groups (not optimistic: these are forms, not drags). */

export async function loadWorkshopList(): Promise<void> {
  try {
    setState({ workshopList: await call('workshops.list', {}) });
  } catch (error) {
    notifyError(error);
  }
}

export async function loadWorkshop(id: string): Promise<boolean> {
  try {
    const detail = await call('workshops.get', { id });
    upsertWorkshop(detail.workshop);
    upsertGroups(detail.groups);
    upsertSessions(detail.sessions);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

export async function loadBoard(sessionId: string): Promise<void> {
  try {
    replaceBoard(await call('sessions.board', { id: sessionId }));
  } catch (error) {
    notifyError(error);
  }
}

/** Resolves with the new workshop's id, or null when the core refused (the message is shown). */
export async function createWorkshop(input: MethodInput<'workshops.create'>): Promise<string | null> {
  try {
    const detail = await call('workshops.create', input);
    upsertWorkshop(detail.workshop);
    upsertGroups(detail.groups);
    upsertSessions(detail.sessions);
    return detail.workshop.id;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

/** Saves the details form; resolves true when saved (the message is shown otherwise). */
export async function updateWorkshop(input: MethodInput<'workshops.update'>): Promise<boolean> {
  try {
    upsertWorkshop(await call('workshops.update', input));
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** "Start from an earlier workshop"; resolves with the new workshop's id, or null when refused. */
export async function copyWorkshop(input: MethodInput<'workshops.copy'>): Promise<string | null> {
  try {
    const detail = await call('workshops.copy', input);
    upsertWorkshop(detail.workshop);
    upsertGroups(detail.groups);
    upsertSessions(detail.sessions);
    return detail.workshop.id;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export async function addGroup(workshopId: string, name: string): Promise<boolean> {
  try {
    upsertGroups([await call('groups.create', { workshopId, name })]);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}
