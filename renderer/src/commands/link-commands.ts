import { linkCards } from '../editor/actions/links.ts';
import type { BoardEditor } from '../editor/board/board-editor.ts';
import { registerCommands } from './registry.ts';

/** Links: L on one card, then L (or a click) on the card it answers: one link, then done. */
registerCommands([
  { id: 'link', keys: ['L'], scope: 'card', section: 'links', inMenu: true, perform: ({ editor, cardId }) => finishOrStartLink(editor, cardId!) },
  // A click on a card while linking, or a card of another session picked from the list.
  { id: 'linkTo', scope: 'board', section: 'links', perform: ({ editor }, { cardId }) => finishOrStartLink(editor, cardId) },
  { id: 'finishLinking', scope: 'board', section: 'links', perform: ({ editor }) => editor.setUi({ linkFrom: null }) },
  { id: 'chain', keys: ['C'], scope: 'card', section: 'links', inMenu: true, perform: ({ editor, cardId }) => editor.setUi((ui) => ({ chainOf: ui.chainOf === cardId ? null : cardId, menu: null })) },
]);

/** In link mode, links the chosen card to the marked one; otherwise marks this card. Resolves true once linked. */
async function finishOrStartLink(editor: BoardEditor, cardId: string): Promise<boolean> {
  const from = editor.ui.linkFrom;
  if (!from || from === cardId) {
    editor.setUi({ linkFrom: from === cardId ? null : cardId, menu: null });
    return false;
  }
  // Done at once, not when the save answers: an L pressed meanwhile starts the next link instead
  // of finishing this one again. A refused link keeps its start, unless a new one began.
  editor.setUi({ linkFrom: null });
  const linked = await linkCards(editor, from, cardId);
  if (!linked && editor.ui.linkFrom === null) editor.setUi({ linkFrom: from });
  return linked;
}
