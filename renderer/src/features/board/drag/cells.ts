import { clusterOfItem, type Cell } from '../../../editor/board/view.ts';

/** Item ids per cell: what each drop target shows, in order. */
export type CellItems = Record<string, string[]>;

/** A cell's own drop target (a column, or a grid cell) is named `cell:<key>`; its items by their own ids. */
export const DROP_PREFIX = 'cell:';

export function cellDropId(cellKey: string): string {
  return `${DROP_PREFIX}${cellKey}`;
}

/** Which cell holds an item (or is the drop target with that id). */
export function findCell(cells: CellItems, id: string): string | null {
  if (id.startsWith(DROP_PREFIX)) {
    const key = id.slice(DROP_PREFIX.length);
    return key in cells ? key : null;
  }
  return Object.keys(cells).find((key) => cells[key]?.includes(id)) ?? null;
}

/**
 * The card a drop lands after, given the item it lands after in a cell: that card, or the last of
 * a cluster's cards in this cell (a cluster shared by groups shows in each group's cell with that
 * group's cards; its last card on the board may be another group's).
 */
export function cardBefore(cell: Pick<Cell, 'members'>, itemId: string | null): string | null {
  if (itemId === null) return null;
  const clusterId = clusterOfItem(itemId);
  return clusterId ? (cell.members[clusterId]?.at(-1) ?? null) : itemId;
}
