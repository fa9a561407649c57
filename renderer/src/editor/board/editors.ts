import { BoardEditor } from './board-editor.ts';

/**
 * The board editors of this window, one per session opened so far. They stay, and keep taking
 * the core's events, so going back to a board shows it at once.
 */
const editors = new Map<string, BoardEditor>();

export function boardEditor(sessionId: string): BoardEditor {
  let editor = editors.get(sessionId);
  if (!editor) {
    editor = new BoardEditor(sessionId);
    editors.set(sessionId, editor);
  }
  return editor;
}

export function openEditors(): Iterable<BoardEditor> {
  return editors.values();
}

/** A window starting afresh (tests). */
export function forgetEditors() {
  editors.clear();
  active = null;
}

let active: BoardEditor | null = null;

/** The board on screen now (its keys work), or null on the other pages. */
export function activeEditor(): BoardEditor | null {
  return active;
}

export function setActiveEditor(editor: BoardEditor | null) {
  active = editor;
}
