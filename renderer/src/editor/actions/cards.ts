import { methods, type MethodInput } from '#shared/api.ts';
import { kindAfterUpdate, resolveKind } from '#shared/board/kinds.ts';
import { keysAtEnd } from '#shared/board/placement.ts';
import type { Card, CardKind, StrategyTag } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { i18next } from '../../i18n/index.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import { run, type MutationFactory } from '../runner.ts';

/** Where new cards go: their column (a group, or the inbox when null) and their kind. */
export interface NewCardsColumn {
  groupId: string | null;
  kind: CardKind;
  customKindId: string | null;
  /** The TPBIS strategy an achievement is written under. */
  tag: StrategyTag | null;
}

/**
 * Cards typed or pasted into a column: one per non-empty line, last on the board (the shared
 * rule), shown at once, saved in one call and undone in one step. Resolves with the saved cards.
 */
export function addCards(editor: BoardEditor, column: NewCardsColumn, texts: readonly string[]) {
  return run(() => {
    const session = editor.session();
    // A blank card typed alone goes to the core as it is, which refuses it with a translated message.
    const lines = texts.length === 1 ? [texts[0]!.trim()] : texts.map((t) => t.trim()).filter(Boolean);
    if (!session || lines.length === 0) return null;
    const { kind, customKindId } = resolveKind(column.kind, column.customKindId);
    const keys = keysAtEnd(editor.lastPosition(), lines.length);
    const now = new Date().toISOString();
    const drafts: Card[] = lines.map((text, i) => ({
      id: crypto.randomUUID(),
      workshopId: session.workshopId,
      sessionId: session.id,
      groupId: column.groupId,
      kind,
      customKindId,
      text,
      position: keys[i]!,
      tag: column.tag,
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
      revision: 0,
    }));
    const input: MethodInput<'cards.createMany'> = { sessionId: session.id, groupId: column.groupId, kind, customKindId, cards: drafts.map(({ id, text }) => ({ id, text })) };
    if (column.tag) input.tag = column.tag;
    return {
      label: lines.length > 1 ? 'paste' : 'create',
      preview: (draft) => draft.show(editor.cards, drafts.filter((d) => d.text)),
      save: () => call('cards.createMany', input),
      reconcile: (saved) => editor.cards.accept(saved),
      inverse: (saved) => deletion(editor, saved.map((c) => c.id)),
    };
  });
}

/** Deletes one card or a selection in one change; the notice offers "Urungkan" at once. */
export function deleteCards(editor: BoardEditor, ids: readonly string[]) {
  return run(deletion(editor, ids), {
    notice: (saved) => (saved.length === 1 ? i18next.t('board:cardDeleted', { text: ellipsis(saved[0]!.text) }) : i18next.t('board:cardsDeleted', { count: saved.length })),
  });
}

function deletion(editor: BoardEditor, ids: readonly string[]): MutationFactory<Card[]> {
  return () => {
    const cards = ids.flatMap((id) => editor.liveCard(id) ?? []);
    if (cards.length === 0) return null;
    const now = new Date().toISOString();
    return {
      label: 'delete',
      preview: (draft) => draft.show(editor.cards, cards.map((c) => ({ ...c, deletedAt: now }))),
      save: () => call('cards.deleteMany', { ids: cards.map((c) => c.id) }),
      reconcile: (saved) => editor.cards.accept(saved),
      inverse: (saved) => restoration(editor, saved.map((c) => c.id)),
    };
  };
}

function restoration(editor: BoardEditor, ids: readonly string[]): MutationFactory<Card[]> {
  return () => ({
    label: 'delete',
    preview: (draft) => draft.show(editor.cards, ids.flatMap((id) => editor.cards.get(id) ?? []).map((c) => ({ ...c, deletedAt: null }))),
    save: () => call('cards.restoreMany', { ids: [...ids] }),
    reconcile: (saved) => editor.cards.accept(saved),
    inverse: (saved) => deletion(editor, saved.map((c) => c.id)),
  });
}

/** Any of a card's fields: text, kind, strategy tag, author, and the action-plan fields. */
export type CardDetails = Omit<MethodInput<'cards.update'>, 'id'>;

/** Changes a card's fields; only what really changes is sent (so the undo restores exactly that). */
export function updateCard(editor: BoardEditor, id: string, details: CardDetails, label: 'edit' | 'details' = 'details') {
  return run(cardUpdate(editor, id, details, label));
}

function cardUpdate(editor: BoardEditor, id: string, details: CardDetails, label: 'edit' | 'details'): MutationFactory<Card> {
  return () => {
    const before = editor.liveCard(id);
    if (!before) return null;
    // The contract's own schema says how the core will store the fields (trimmed, blank as none).
    const parsed = methods['cards.update'].input.safeParse({ id, ...details });
    const patch = parsed.success ? changedFields(before, details, parsed.data) : details;
    if (Object.keys(patch).length === 0) return null;
    const shown = parsed.success ? { ...before, ...definedFields(parsed.data), ...kindAfterUpdate(before, parsed.data), id } : null;
    const kindTouched = 'kind' in patch || 'customKindId' in patch;
    const back = Object.fromEntries(Object.keys(patch).map((field) => [field, before[field as keyof Card]])) as CardDetails;
    if (kindTouched) Object.assign(back, { kind: before.kind, customKindId: before.customKindId });
    return {
      label,
      ...(shown ? { preview: (draft) => draft.show(editor.cards, [shown]) } : {}),
      save: () => call('cards.update', { id, ...patch }),
      reconcile: (saved) => editor.cards.accept([saved]),
      inverse: () => cardUpdate(editor, id, back, label),
    };
  };
}

/** The fields of `details` whose stored value would change. */
function changedFields(before: Card, details: CardDetails, parsed: Record<string, unknown>): CardDetails {
  return Object.fromEntries(Object.entries(details).filter(([field]) => parsed[field] !== undefined && parsed[field] !== before[field as keyof Card])) as CardDetails;
}

function definedFields(parsed: Record<string, unknown>): Partial<Card> {
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as Partial<Card>;
}

function ellipsis(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
