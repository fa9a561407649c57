import { create } from 'zustand';
import type { Point } from './pointer-gesture.ts';

/**
 * Where a card dragged by pointer will land: before or after the item under the pointer, or at the
 * end of an empty cell (`item` null). No cell makes room while the pointer passes (that re-laid two
 * columns out at every crossing, 20–45 ms each on a 2,000-card board); a line shows the place
 * instead, in the card's own cell as in any other. Keyboard drags carry the card from place to place.
 */
export interface DropLine {
  cell: string;
  item: string | null;
  side: 'before' | 'after';
}

/** A box on the screen, as `getBoundingClientRect` gives it. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The items a cell draws now (a long column draws part of them), in order, where they stand. */
export interface MeasuredItem {
  id: string;
  box: Box;
}

const useDropLineStore = create<{ line: DropLine | null }>(() => ({ line: null }));

export function dropLine(): DropLine | null {
  return useDropLineStore.getState().line;
}

export function showDropLine(line: DropLine | null) {
  if (!sameLine(dropLine(), line)) useDropLineStore.setState({ line });
}

export function sameLine(a: DropLine | null, b: DropLine | null): boolean {
  return a === b || (a !== null && b !== null && a.cell === b.cell && a.item === b.item && a.side === b.side);
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

/** The cell whose box holds the point, if any. */
export function cellAt<T extends { box: Box }>(at: Point, cells: readonly T[]): T | null {
  return cells.find(({ box }) => at.x >= box.left && at.x <= box.right && at.y >= box.top && at.y <= box.bottom) ?? null;
}

/**
 * The line in a cell for a pointer at `at`: at the item nearest the pointer's height (the one it
 * is over, else the nearest above or below), before or after it by the half the pointer is in.
 * The items in hand are not places: over the held item itself there is no line (dropped there,
 * nothing moves), and a line never stands at a card that travels along.
 */
export function lineAt(cell: string, at: Point, items: readonly MeasuredItem[], held: string, carried: ReadonlySet<string>): DropLine | null {
  let nearest: MeasuredItem | null = null;
  let nearestDistance = Infinity;
  for (const item of items) {
    const { top, bottom } = item.box;
    const distance = at.y < top ? top - at.y : at.y > bottom ? at.y - bottom : 0;
    if (item.id === held && distance === 0) return null;
    if (item.id === held || carried.has(item.id)) continue;
    if (distance < nearestDistance) {
      nearestDistance = distance;
      nearest = item;
    }
  }
  if (!nearest) return { cell, item: null, side: 'after' };
  const middle = (nearest.box.top + nearest.box.bottom) / 2;
  return { cell, item: nearest.id, side: at.y > middle ? 'after' : 'before' };
}
