import type { MethodInput } from '#shared/api.ts';
import type { BoardLayout, Session } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { i18next } from '../../i18n/index.ts';
import type { StepLabel } from '../history.ts';
import { run, type MutationFactory } from '../runner.ts';
import { tables } from '../store.ts';
import { changeFields } from './field-change.ts';

/** The agenda (forms: they wait for the core), and a board's lock, layout, question and timer. */

export function createSession(input: MethodInput<'sessions.create'>) {
  return run(() => ({
    label: 'createSession',
    save: () => call('sessions.create', input),
    reconcile: (session) => tables.sessions.accept([session]),
    inverse: (session) => presence(session.id, 'sessions.delete', 'createSession'),
  }));
}

/** Changes an agenda entry's fields (title, day, time, template, question…). */
export function updateSession(id: string, fields: Omit<MethodInput<'sessions.update'>, 'id'>, label: StepLabel = 'updateSession') {
  return run(changeFields({ label, table: tables.sessions, key: id, patch: fields, save: (patch) => call('sessions.update', { id, ...patch }) }));
}

/** Off the agenda, with a notice that offers "Urungkan". */
export function deleteSession(id: string) {
  return run(presence(id, 'sessions.delete', 'deleteSession'), {
    notice: (session) => i18next.t('agenda:deleted', { title: session.title || i18next.t(`board:template.${session.template}`) }),
  });
}

function presence(id: string, method: 'sessions.delete' | 'sessions.restore', label: StepLabel): MutationFactory<Session> {
  return () => ({
    label,
    save: () => call(method, { id }),
    reconcile: (session) => tables.sessions.accept([session]),
    inverse: () => presence(id, method === 'sessions.delete' ? 'sessions.restore' : 'sessions.delete', label),
  });
}

export function setBoardLocked(id: string, locked: boolean) {
  return run(lockChange(id, locked));
}

function lockChange(id: string, locked: boolean): MutationFactory<Session> {
  return () => ({
    label: locked ? 'lock' : 'unlock',
    save: () => call(locked ? 'sessions.lock' : 'sessions.unlock', { id }),
    reconcile: (session) => tables.sessions.accept([session]),
    inverse: () => lockChange(id, !locked),
  });
}

/** Shown at once: a layout is a gesture. */
export function setLayout(id: string, layout: BoardLayout) {
  return run(changeFields({ label: 'layout', table: tables.sessions, key: id, patch: { layout }, optimistic: true, save: (patch) => call('sessions.update', { id, ...patch }) }));
}

export type TimerCall = { method: 'timer.start' | 'timer.pause' | 'timer.reset'; sessionId: string } | { method: 'timer.set' | 'timer.add'; sessionId: string; seconds: number };

/** The timer is not undoable: time does not run backwards, "reset" is the way back. */
export function timer(input: TimerCall) {
  const { method, ...rest } = input;
  return run<Session>(() => ({
    label: 'timer',
    save: () => call(method, rest as never),
    reconcile: (session) => tables.sessions.accept([session]),
  }));
}
