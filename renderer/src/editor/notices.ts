import { create } from 'zustand';
import type { AppErrorData } from '#shared/errors.ts';
import { ApiError } from '../api/client.ts';
import { describeError } from '../i18n/describe-error.ts';

/** Short messages at the bottom of the screen: errors, and "deleted — Undo". */
export interface Notice {
  id: number;
  tone: 'error' | 'info';
  text: string;
  action?: { label: string; run: () => void };
}

interface NoticeState {
  notices: Notice[];
}

export const useNotices = create<NoticeState>(() => ({ notices: [] }));

const LIFETIME_MS = { error: 8000, info: 6000 };
let nextId = 1;

export function notify(tone: Notice['tone'], text: string, action?: Notice['action']): number {
  const id = nextId++;
  useNotices.setState((s) => ({ notices: [...s.notices.slice(-3), { id, tone, text, ...(action ? { action } : {}) }] }));
  setTimeout(() => dismiss(id), LIFETIME_MS[tone]);
  return id;
}

export function dismiss(id: number) {
  useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** Shows why the core refused (translated), or a generic message for anything unexpected. */
export function notifyError(error: unknown) {
  const data: AppErrorData = error instanceof ApiError ? error.data : { code: 'internal', message: String(error) };
  if (!(error instanceof ApiError)) console.error(error);
  notify('error', describeError(data));
}
