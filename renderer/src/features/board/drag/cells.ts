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
