import type { MethodInput } from '#shared/api.ts';
import type { Card, CardKind, StrategyTag } from '#shared/model.ts';
import { keysBetween } from '#shared/ordering.ts';
import { call } from '../api/client.ts';
import { i18next } from '../i18n/index.ts';
import { notify, notifyError } from './notices.ts';
import { getState, removeCard, upsertCards } from './store.ts';
import { recordStep } from './undo.ts';

/**
 * The card actions of the board. Each one shows its effect at once (optimistic), saves it
 * through the core, rolls back with a translated message if the core refuses, and records an
 * undo step. Moves live in `move-actions.ts`.
 */

/** Where a new card goes: its column (group, or none for the inbox) and its kind. */
export interface NewCardColumn {
  groupId: string | null;
  kind: CardKind;
  customKindId?: string | null;
  /** The TPBIS strategy an achievement is written under. */
  tag?: StrategyTag | null;
}

export async function addCard(sessionId: string, groupId: string | null, text: string, column: Partial<NewCardColumn> = {}): Promise<boolean> {
  const created = await createCards(sessionId, { kind: 'challenge', ...column, groupId }, [text]);
  if (!created) return false;
  recordStep({ action: 'create', undo: () => deleteSaved(created), redo: () => restoreSaved(created) });
  return true;
}

/** Pasted lines become cards, one per non-empty line, undone together. */
export async function addCards(sessionId: string, column: NewCardColumn, lines: readonly string[]): Promise<number> {
  const texts = lines.map((l) => l.trim()).filter(Boolean);
  if (texts.length === 0) return 0;
  const created = await createCards(sessionId, column, texts);
  if (!created) return 0;
  recordStep({ action: 'paste', undo: () => deleteSaved(created), redo: () => restoreSaved(created) });
  return created.length;
}

async function createCards(sessionId: string, column: NewCardColumn, texts: readonly string[]): Promise<string[] | null> {
  const session = getState().sessions[sessionId];
  if (!session) return null;
  // Last on the board, as the core will place them.
  const positions = keysBetween(lastPosition(sessionId), null, texts.length);
  const drafts = texts.map((text, i) => draftCard(session.workshopId, sessionId, column, text, positions[i]!));
  // Blank text never shows as a card; the core refuses it with a translated message.
  upsertCards(drafts.filter((d) => d.text));
  const saved: string[] = [];
  try {
    for (const draft of drafts) {
      const input: MethodInput<'cards.create'> = { id: draft.id, sessionId, groupId: column.groupId, kind: column.kind, text: texts[drafts.indexOf(draft)]! };
      if (column.customKindId) input.customKindId = column.customKindId;
      if (column.tag) input.tag = column.tag;
      upsertCards([await call('cards.create', input)]);
      saved.push(draft.id);
    }
    return saved;
  } catch (error) {
    for (const draft of drafts.slice(saved.length)) removeCard(draft.id);
    notifyError(error);
    return saved.length ? saved : null;
  }
}

function draftCard(workshopId: string, sessionId: string, column: NewCardColumn, text: string, position: string): Card {
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  return {
    id,
    workshopId,
    sessionId,
    groupId: column.groupId,
    kind: column.customKindId ? 'note' : column.kind,
    customKindId: column.customKindId ?? null,
    text: text.trim(),
    position,
    tag: column.tag ?? null,
    author: null,
    who: null,
    byWhen: null,
    indicator: null,
    clusterId: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    deviceId: null,
    hidden: false,
  };
}

function lastPosition(sessionId: string): string | null {
  let last: string | null = null;
  for (const c of Object.values(getState().cards)) if (c.sessionId === sessionId && (last === null || c.position > last)) last = c.position;
  return last;
}

export async function editCard(id: string, text: string): Promise<void> {
  const before = getState().cards[id];
  if (!before || before.text === text.trim()) return;
  await changeCard(before, { text }, 'edit');
}

/** Any of a card's fields: text, kind, strategy tag, author, and the action-plan fields. */
export type CardDetails = Omit<MethodInput<'cards.update'>, 'id'>;

export async function updateCardDetails(id: string, details: CardDetails): Promise<void> {
  const before = getState().cards[id];
  if (!before) return;
  await changeCard(before, details, 'details');
}

async function changeCard(before: Card, patch: Omit<MethodInput<'cards.update'>, 'id'>, action: 'edit' | 'details') {
  const id = before.id;
  upsertCards([{ ...before, ...preview(patch) }]);
  try {
    upsertCards([await call('cards.update', { id, ...patch })]);
    const undoPatch = Object.fromEntries(Object.keys(patch).map((k) => [k, before[k as keyof Card]])) as Omit<MethodInput<'cards.update'>, 'id'>;
    recordStep({
      action,
      undo: async () => upsertCards([await call('cards.update', { id, ...undoPatch })]),
      redo: async () => upsertCards([await call('cards.update', { id, ...patch })]),
    });
  } catch (error) {
    upsertCards([before]);
    notifyError(error);
  }
}

function preview(patch: Omit<MethodInput<'cards.update'>, 'id'>): Partial<Card> {
  const shown: Partial<Card> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    (shown as Record<string, unknown>)[key] = typeof value === 'string' ? value.trim() || (key === 'text' ? value : null) : value;
  }
  if (patch.customKindId) shown.kind = 'note';
  return shown;
}

/** Deletes one card or a selection; the message offers "Urungkan" at once. */
export async function deleteCards(ids: readonly string[]): Promise<void> {
  const befores = ids.map((id) => getState().cards[id]).filter((c): c is Card => c !== undefined && c.deletedAt === null);
  if (befores.length === 0) return;
  const now = new Date().toISOString();
  upsertCards(befores.map((c) => ({ ...c, deletedAt: now })));
  const done: string[] = [];
  try {
    for (const card of befores) {
      upsertCards([await call('cards.delete', { id: card.id })]);
      done.push(card.id);
    }
  } catch (error) {
    upsertCards(befores.filter((c) => !done.includes(c.id)));
    notifyError(error);
    if (done.length === 0) return;
  }
  const step = { action: 'delete' as const, undo: () => restoreSaved(done), redo: () => deleteSaved(done) };
  recordStep(step);
  const text = done.length === 1 ? i18next.t('board:cardDeleted', { text: ellipsis(befores[0]!.text) }) : i18next.t('board:cardsDeleted', { count: done.length });
  notify('info', text, { label: i18next.t('common:undo'), run: () => void step.undo().catch(notifyError) });
}

export async function deleteCard(id: string): Promise<void> {
  return deleteCards([id]);
}

async function deleteSaved(ids: readonly string[]) {
  for (const id of ids) upsertCards([await call('cards.delete', { id })]);
}

async function restoreSaved(ids: readonly string[]) {
  for (const id of ids) upsertCards([await call('cards.restore', { id })]);
}

function ellipsis(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
