import { STRATEGY_TAGS } from '#shared/model.ts';
import { boardKinds, kindOfCard } from '#shared/board/kinds.ts';
import { deleteCards, updateCard } from '../editor/actions/cards.ts';
import { cellOfCard, focusColumn, neighbourCard } from '../editor/board/focus.ts';
import { registerCommands, type BoardContext } from './registry.ts';

/** A card's own commands: on the focused card, in its menu, or on its buttons. */
registerCommands([
  { id: 'edit', keys: ['Enter', 'F2'], scope: 'card', section: 'cards', inMenu: true, changesBoard: true, perform: ({ editor, cardId }) => editor.setUi({ editing: cardId, menu: null }) },
  {
    // The in-place editor ends: Enter or leaving it saves, Esc (no text) cancels; the card keeps the focus.
    id: 'saveEdit',
    scope: 'card',
    section: 'cards',
    changesBoard: true,
    perform: ({ editor, cardId }, { text }) => {
      editor.setUi({ editing: null });
      editor.focusOn({ kind: 'card', id: cardId! });
      return text === null ? undefined : updateCard(editor, cardId!, { text }, 'edit');
    },
  },
  { id: 'details', keys: ['D'], scope: 'card', section: 'cards', inMenu: true, perform: ({ editor, cardId }) => editor.setUi({ detailsOf: cardId, menu: null }) },
  {
    id: 'saveDetails',
    scope: 'card',
    section: 'cards',
    changesBoard: true,
    perform: ({ editor, cardId }, { details }) => {
      editor.setUi({ detailsOf: null });
      editor.focusOn({ kind: 'card', id: cardId! });
      return updateCard(editor, cardId!, details);
    },
  },
  {
    id: 'cycleKind',
    keys: ['K'],
    scope: 'card',
    section: 'cards',
    inMenu: true,
    changesBoard: true,
    when: (ctx) => kindChoices(ctx).length > 1,
    perform: (ctx) => {
      const card = ctx.editor.liveCard(ctx.cardId!);
      if (!card) return;
      const choices = kindChoices(ctx);
      const index = choices.findIndex((k) => k.key === kindOfCard(card, ctx.editor.state.customKinds).key);
      const next = choices[(index + 1) % choices.length]!;
      return updateCard(ctx.editor, card.id, { kind: next.kind, customKindId: next.customKindId });
    },
  },
  {
    id: 'cycleTag',
    keys: ['T'],
    scope: 'card',
    section: 'cards',
    inMenu: true,
    changesBoard: true,
    when: ({ editor, cardId }) => editor.liveCard(cardId!)?.kind === 'achievement',
    perform: ({ editor, cardId }) => {
      const card = editor.liveCard(cardId!);
      if (!card) return;
      const order = [null, ...STRATEGY_TAGS];
      return updateCard(editor, card.id, { tag: order[(order.indexOf(card.tag) + 1) % order.length] ?? null });
    },
  },
  { id: 'delete', keys: ['Delete'], scope: 'card', section: 'cards', inMenu: true, changesBoard: true, perform: (ctx) => deleteAndRefocus(ctx) },
  { id: 'cardMenu', keys: ['Shift+F10', 'ContextMenu'], scope: 'card', section: 'cards', perform: ({ editor, cardId }) => editor.setUi({ menu: { cardId: cardId!, view: 'main' } }) },
  { id: 'nextCard', keys: ['ArrowDown'], scope: 'card', section: 'cards', perform: (ctx) => focusNeighbour(ctx, 1) },
  { id: 'previousCard', keys: ['ArrowUp'], scope: 'card', section: 'cards', perform: (ctx) => focusNeighbour(ctx, -1) },
]);

/** The cards a card command acts on: the selection when the focused card is part of it, else that card. */
export function targetCards({ editor, cardId, selection }: BoardContext): string[] {
  const ids = cardId && !selection.includes(cardId) ? [cardId] : selection;
  return editor
    .liveCards()
    .filter((c) => ids.includes(c.id))
    .map((c) => c.id);
}

function kindChoices({ editor, session }: BoardContext) {
  return boardKinds(session.template, editor.customKinds.all(), []);
}

function focusNeighbour({ editor, cardId }: BoardContext, step: 1 | -1) {
  const view = editor.view();
  const next = view && neighbourCard(view, cardId!, step);
  if (next) editor.focusOn({ kind: 'card', id: next });
}

/** Deletes the card (or the selection it is part of); the focus goes to the next card, or the column's field. */
function deleteAndRefocus(ctx: BoardContext) {
  const { editor } = ctx;
  const ids = targetCards(ctx);
  const view = editor.view();
  const next = view && (neighbourCard(view, ids.at(-1)!, 1) ?? neighbourCard(view, ids[0]!, -1));
  const column = view && cellOfCard(view, ids[0]!)?.column;
  const deleting = deleteCards(editor, ids);
  editor.clearSelection();
  if (next && !ids.includes(next)) editor.focusOn({ kind: 'card', id: next });
  else if (column) focusColumn(editor, column);
  return deleting;
}
