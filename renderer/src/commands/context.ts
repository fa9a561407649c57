import type { BoardEditor } from '../editor/board/board-editor.ts';
import { focusedColumn } from '../editor/board/focus.ts';
import type { CommandContext } from './registry.ts';

/** The context of a gesture: on a board (its editor's focus and selection), or anywhere else. */
export function commandContext(editor: BoardEditor | null, given: Partial<Pick<CommandContext, 'cardId' | 'key'>> = {}): CommandContext {
  const session = editor?.session() ?? null;
  if (!editor || !session) return { editor: null, session: null, locked: false, projector: false, cardId: null, columnKey: null, selection: [], key: given.key ?? null };
  const ui = editor.ui;
  const view = editor.view();
  return {
    editor,
    session,
    locked: session.lockedAt !== null,
    projector: ui.projector.on,
    cardId: given.cardId === undefined ? editor.focusedCardId() : given.cardId,
    columnKey: view ? focusedColumn(view, ui.focus.target) : null,
    selection: ui.selection,
    key: given.key ?? null,
  };
}
