// @vitest-environment happy-dom
import type { VirtualItem } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { windowRows, type WindowRow } from '../../../renderer/src/features/board/columns/useColumnWindow.ts';

// Ten cards of 100 px with the list's 10 px gap, the list starting 500 px down the page.
const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const TOP = 500;
const GAP = 10;
const SIZE = 100;
const at = (index: number): VirtualItem => {
  const start = TOP + index * (SIZE + GAP);
  return { key: items[index]!, index, start, end: start + SIZE, size: SIZE, lane: 0 };
};
const TOTAL = items.length * SIZE + (items.length - 1) * GAP;

/** How tall the list stands when drawn: its rows and the gaps between them. */
const height = (rows: WindowRow[]) => rows.reduce((sum, row) => sum + ('gap' in row ? row.gap : SIZE), 0) + (rows.length - 1) * GAP;
const shape = (rows: WindowRow[]) => rows.map((row) => ('gap' in row ? row.gap : row.item));

describe('the rows of a long column drawn in part', () => {
  it('stand blank room where undrawn cards are, as tall as they and their gaps', () => {
    const rows = windowRows(items, [3, 4, 5].map(at), TOP, GAP, TOTAL);
    expect(shape(rows)).toEqual([320, 'd', 'e', 'f', 430]);
    expect(height(rows)).toBe(TOTAL);
  });

  it('draw a held card far from the rest in its own place', () => {
    const rows = windowRows(items, [3, 4, 5, 8].map(at), TOP, GAP, TOTAL);
    expect(shape(rows)).toEqual([320, 'd', 'e', 'f', 210, 'i', 100]);
    expect(height(rows)).toBe(TOTAL);
  });

  it('need no room at an end that is drawn', () => {
    expect(shape(windowRows(items, [0, 1].map(at), TOP, GAP, TOTAL))).toEqual(['a', 'b', 870]);
    expect(shape(windowRows(items, [8, 9].map(at), TOP, GAP, TOTAL))).toEqual([870, 'i', 'j']);
    expect(shape(windowRows(items, items.map((_, i) => at(i)), TOP, GAP, TOTAL))).toEqual(items);
  });
});
