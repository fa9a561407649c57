import type { Card } from '#shared/model.ts';
import { keyAfter } from '#shared/ordering.ts';
import { call } from '../api/client.ts';
import { i18next } from '../i18n/index.ts';
import { notify, notifyError } from './notices.ts';
import { columnCards } from './selectors.ts';
import { getState, removeCard, upsertCards } from './store.ts';
import { recordStep } from './undo.ts';

/**
 * The card actions of the board. Each one shows its effect at once (optimistic), saves it
 * through the core, rolls back with a translated message if the core refuses, and records an
 * undo step.
 */

export interface Placement {
  groupId: string | null;
  /** The card it goes right after; `null` puts it first in the column. */
  afterCardId: string | null;
}

export async function addCard(sessionId: string, groupId: string | null, text: string): Promise<boolean> {
  const session = getState().sessions[sessionId];
  if (!session) return false;
  const siblings = columnCards(getState(), sessionId, groupId);
  const now = new Date().toISOString();
  const draft: Card = {
    id: crypto.randomUUID(),
    workshopId: session.workshopId,
    sessionId,
    groupId,
    kind: 'challenge',
    text: text.trim(),
    position: keyAfter(siblings, siblings.at(-1)?.id ?? null),
    tag: null,
    author: null,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  };
  // Blank text never shows as a card; the core refuses it with a translated message.
  if (draft.text) upsertCards([draft]);
  try {
    const saved = await call('cards.create', { id: draft.id, sessionId, groupId, text });
    upsertCards([saved]);
    recordStep({
      action: 'create',
      undo: async () => upsertCards([await call('cards.delete', { id: saved.id })]),
      redo: async () => upsertCards([await call('cards.restore', { id: saved.id })]),
    });
    return true;
  } catch (error) {
    removeCard(draft.id);
    notifyError(error);
    return false;
  }
}

export async function editCard(id: string, text: string): Promise<void> {
  const before = getState().cards[id];
  if (!before || before.text === text.trim()) return;
  upsertCards([{ ...before, text: text.trim() }]);
  try {
    upsertCards([await call('cards.update', { id, text })]);
    recordStep({
      action: 'edit',
      undo: async () => upsertCards([await call('cards.update', { id, text: before.text })]),
      redo: async () => upsertCards([await call('cards.update', { id, text })]),
    });
  } catch (error) {
    upsertCards([before]);
    notifyError(error);
  }
}

export async function moveCard(id: string, to: Placement): Promise<void> {
  const before = getState().cards[id];
  if (!before) return;
  const from = placementOf(before);
  if (from.groupId === to.groupId && from.afterCardId === to.afterCardId) return;
  applyPlacement(before, to);
  try {
    upsertCards([await call('cards.move', { id, ...to })]);
    recordStep({
      action: 'move',
      undo: () => moveSaved(id, from),
      redo: () => moveSaved(id, to),
    });
  } catch (error) {
    upsertCards([before]);
    notifyError(error);
  }
}

export async function deleteCard(id: string): Promise<void> {
  const before = getState().cards[id];
  if (!before) return;
  upsertCards([{ ...before, deletedAt: new Date().toISOString() }]);
  try {
    upsertCards([await call('cards.delete', { id })]);
    const step = {
      action: 'delete' as const,
      undo: async () => upsertCards([await call('cards.restore', { id })]),
      redo: async () => upsertCards([await call('cards.delete', { id })]),
    };
    recordStep(step);
    notify('info', i18next.t('board:cardDeleted', { text: ellipsis(before.text) }), {
      label: i18next.t('common:undo'),
      run: () => void step.undo().catch(notifyError),
    });
  } catch (error) {
    upsertCards([before]);
    notifyError(error);
  }
}

/** Where a card sits now, as the placement that would put it back there. */
function placementOf(card: Card): Placement {
  const column = columnCards(getState(), card.sessionId, card.groupId);
  const index = column.findIndex((c) => c.id === card.id);
  return { groupId: card.groupId, afterCardId: index > 0 ? (column[index - 1]?.id ?? null) : null };
}

function applyPlacement(card: Card, to: Placement) {
  const siblings = columnCards(getState(), card.sessionId, to.groupId).filter((c) => c.id !== card.id);
  upsertCards([{ ...card, groupId: to.groupId, position: keyAfter(siblings, to.afterCardId) }]);
}

/** Undo/redo of a move: the old neighbour may have moved meanwhile; then the card goes first. */
async function moveSaved(id: string, to: Placement): Promise<void> {
  const card = getState().cards[id];
  if (card) applyPlacement(card, validPlacement(card, to));
  upsertCards([await call('cards.move', { id, ...(card ? validPlacement(card, to) : to) })]);
}

function validPlacement(card: Card, to: Placement): Placement {
  if (to.afterCardId === null) return to;
  const neighbour = getState().cards[to.afterCardId];
  const stillThere = neighbour && neighbour.deletedAt === null && neighbour.groupId === to.groupId && neighbour.sessionId === card.sessionId;
  return stillThere ? to : { groupId: to.groupId, afterCardId: null };
}

function ellipsis(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
