import type { MethodInput } from '#shared/api.ts';
import type { BoardLayout, Session } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { i18next } from '../i18n/index.ts';
import { notify, notifyError } from './notices.ts';
import { getState, upsertSessions } from './store.ts';
import { recordStep } from './undo.ts';

/** The agenda (forms, so not optimistic) and a board's lock, layout and timer. */

export async function createSession(input: MethodInput<'sessions.create'>): Promise<Session | null> {
  try {
    const session = await call('sessions.create', input);
    upsertSessions([session]);
    return session;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export async function updateSession(input: MethodInput<'sessions.update'>): Promise<boolean> {
  try {
    upsertSessions([await call('sessions.update', input)]);
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** Off the agenda, with a message that offers "Urungkan". */
export async function deleteSession(id: string): Promise<void> {
  const before = getState().sessions[id];
  if (!before) return;
  try {
    upsertSessions([await call('sessions.delete', { id })]);
    const restore = async () => upsertSessions([await call('sessions.restore', { id })]);
    recordStep({ action: 'deleteSession', undo: restore, redo: async () => upsertSessions([await call('sessions.delete', { id })]) });
    const title = before.title || i18next.t(`board:template.${before.template}`);
    notify('info', i18next.t('agenda:deleted', { title }), { label: i18next.t('common:undo'), run: () => void restore().catch(notifyError) });
  } catch (error) {
    notifyError(error);
  }
}

export async function setBoardLocked(id: string, locked: boolean): Promise<void> {
  const method = locked ? 'sessions.lock' : 'sessions.unlock';
  const inverse = locked ? 'sessions.unlock' : 'sessions.lock';
  try {
    upsertSessions([await call(method, { id })]);
    recordStep({
      action: locked ? 'lock' : 'unlock',
      undo: async () => upsertSessions([await call(inverse, { id })]),
      redo: async () => upsertSessions([await call(method, { id })]),
    });
  } catch (error) {
    notifyError(error);
  }
}

export async function setLayout(id: string, layout: BoardLayout): Promise<void> {
  const before = getState().sessions[id];
  if (!before || before.layout === layout) return;
  upsertSessions([{ ...before, layout }]);
  try {
    upsertSessions([await call('sessions.update', { id, layout })]);
    recordStep({
      action: 'layout',
      undo: async () => upsertSessions([await call('sessions.update', { id, layout: before.layout })]),
      redo: async () => upsertSessions([await call('sessions.update', { id, layout })]),
    });
  } catch (error) {
    upsertSessions([before]);
    notifyError(error);
  }
}

/** The timer is not undoable: time does not run backwards, "reset" is the way back. */
export async function timer(input: { method: 'timer.start' | 'timer.pause' | 'timer.reset'; sessionId: string } | { method: 'timer.set' | 'timer.add'; sessionId: string; seconds: number }) {
  try {
    const { method, ...rest } = input;
    upsertSessions([await call(method, rest as never)]);
  } catch (error) {
    notifyError(error);
  }
}
