import type { Over } from '@dnd-kit/core';
import { create } from 'zustand';
import { DROP_PREFIX, findCell, type CellItems } from './cells.ts';

/**
 * Where a card dragged by pointer into another cell will land: before or after the item under
 * the pointer, or at the end of the cell (`item` null). The cell does not make room while the
 * pointer passes (that re-laid two columns out at every crossing, 20–45 ms each on a 2,000-card
 * board); a line shows the place instead. Keyboard drags still carry the card from cell to cell.
 */
export interface DropLine {
  cell: string;
  item: string | null;
  side: 'before' | 'after';
}

const useDropLineStore = create<{ line: DropLine | null }>(() => ({ line: null }));

export function dropLine(): DropLine | null {
  return useDropLineStore.getState().line;
}

export function showDropLine(line: DropLine | null) {
  const shown = dropLine();
  const same = shown === line || (shown !== null && line !== null && shown.cell === line.cell && shown.item === line.item && shown.side === line.side);
  if (!same) useDropLineStore.setState({ line });
}

/** The side of this item the line is drawn on, if the line is at this item. */
export function useDropSide(item: string): DropLine['side'] | null {
  return useDropLineStore((s) => (s.line?.item === item ? s.line.side : null));
}

/** Where in a cell's items (the dragged ones left out) the line stands: the index the items land at. */
export function landingIndex(line: DropLine, items: readonly string[]): number {
  if (line.item === null) return items.length;
  const at = items.indexOf(line.item);
  if (at < 0) return items.length;
  return line.side === 'after' ? at + 1 : at;
}

/**
 * The line for a pointer over `over`: none within the dragged item's own cell (its items make
 * room there); at the end of a cell over the cell itself; else before or after the item under
 * the pointer, by which half of it the pointer is in.
 */
export function lineAt(cells: CellItems, activeId: string, over: Pick<Over, 'id' | 'rect'>, pointerY: number | null): DropLine | null {
  const overId = String(over.id);
  const cell = findCell(cells, overId);
  if (!cell || cell === findCell(cells, activeId)) return null;
  if (overId.startsWith(DROP_PREFIX)) return { cell, item: null, side: 'after' };
  const middle = over.rect.top + over.rect.height / 2;
  return { cell, item: overId, side: pointerY !== null && pointerY > middle ? 'after' : 'before' };
}
