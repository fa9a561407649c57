import type { MethodInput } from '#shared/api.ts';
import type { CustomKind } from '#shared/model.ts';
import type { GroupColor } from '#shared/palette.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { arrangeSaved } from './move-actions.ts';
import { spotOf } from './placement.ts';
import { getState, upsertCards, upsertCustomKinds } from './store.ts';
import { recordStep } from './undo.ts';

/** A blank board's own kinds (its columns): add, change, remove; each undoes. */
export async function createKind(sessionId: string, fields: Omit<MethodInput<'kinds.create'>, 'id' | 'sessionId'>): Promise<string | null> {
  const id = crypto.randomUUID();
  try {
    upsertCustomKinds([await call('kinds.create', { id, sessionId, ...fields })]);
    recordStep({
      action: 'kind',
      undo: async () => upsertCustomKinds([await call('kinds.delete', { id })]),
      redo: async () => upsertCustomKinds([await call('kinds.restore', { id })]),
    });
    return id;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export async function updateKind(id: string, fields: Omit<MethodInput<'kinds.update'>, 'id'>): Promise<void> {
  const before: CustomKind | undefined = getState().customKinds[id];
  if (!before) return;
  try {
    upsertCustomKinds([await call('kinds.update', { id, ...fields })]);
    const { label, color, icon } = before;
    recordStep({
      action: 'kind',
      undo: async () => upsertCustomKinds([await call('kinds.update', { id, label, color: color as GroupColor, icon })]),
      redo: async () => upsertCustomKinds([await call('kinds.update', { id, ...fields })]),
    });
  } catch (error) {
    notifyError(error);
  }
}

/** Its cards move to the "no kind" column; an undo brings the kind and puts them back. */
export async function deleteKind(id: string): Promise<void> {
  const spots = Object.values(getState().cards).filter((c) => c.customKindId === id && c.deletedAt === null).map(spotOf);
  try {
    upsertCustomKinds([await call('kinds.delete', { id })]);
    upsertCards(Object.values(getState().cards).filter((c) => c.customKindId === id).map((c) => ({ ...c, customKindId: null })));
    recordStep({
      action: 'deleteKind',
      undo: async () => {
        upsertCustomKinds([await call('kinds.restore', { id })]);
        await arrangeSaved(spots);
      },
      redo: async () => upsertCustomKinds([await call('kinds.delete', { id })]),
    });
  } catch (error) {
    notifyError(error);
  }
}
