import type { BoardEditor } from './board-editor.ts';
import type { FocusTarget } from './board-state.ts';
import { cardsOfCell, type BoardView, type Cell } from './view.ts';

/**
 * Where the keyboard goes next on a board, worked out from the editor's view (never from the
 * page): the card above or below, the column to the left or right.
 */

/** The cell a card is shown in, if it is shown. */
export function cellOfCard(view: BoardView, cardId: string): Cell | undefined {
  return Object.values(view.cells).find((cell) => cardsOfCell(cell).includes(cardId));
}

/** The column the focus is in: its capture field's, or its card's. */
export function focusedColumn(view: BoardView, target: FocusTarget | null): string | null {
  if (target?.kind === 'capture') return target.column;
  if (target?.kind === 'card') return cellOfCard(view, target.id)?.column ?? null;
  return null;
}

/** The card above (-1) or below (1) in the same cell, as a person reads it. */
export function neighbourCard(view: BoardView, cardId: string, step: 1 | -1): string | null {
  const cell = cellOfCard(view, cardId);
  if (!cell) return null;
  const cards = cardsOfCell(cell);
  return cards[cards.indexOf(cardId) + step] ?? null;
}

/** The column `step` places to the right (or left) of the given one, wrapping around. */
export function neighbourColumn(view: BoardView, key: string | null, step: 1 | -1): string | null {
  const keys = view.columns.map((c) => c.key);
  if (keys.length === 0) return null;
  const index = key === null ? -1 : keys.indexOf(key);
  return keys[(index + step + keys.length) % keys.length] ?? null;
}

/** Into a column: its capture field, or its first card when the board is locked. */
export function focusColumn(editor: BoardEditor, columnKey: string): boolean {
  const view = editor.view();
  if (!view?.columns.some((c) => c.key === columnKey)) return false;
  if (!editor.locked() && !editor.ui.projector.on) {
    editor.focusOn({ kind: 'capture', column: columnKey });
    return true;
  }
  const first = Object.values(view.cells)
    .filter((cell) => cell.column === columnKey)
    .flatMap(cardsOfCell)[0];
  if (first) editor.focusOn({ kind: 'card', id: first });
  return first !== undefined;
}
