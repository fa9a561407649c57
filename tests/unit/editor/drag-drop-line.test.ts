// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cellAt, dropLine, landingIndex, lineAt, showDropLine, type Box } from '../../../renderer/src/features/board/drag/drop-line.ts';
import { edgeSpeed } from '../../../renderer/src/features/board/drag/edge-scroll.ts';
import { animateWhileSorting } from '../../../renderer/src/features/board/drag/layout-animation.ts';

const box = (top: number, height: number, left = 0, width = 120): Box => ({ top, left, bottom: top + height, right: left + width });
// Bantaeng's three cards, 80 px tall with 10 px between them.
const bantaeng = [
  { id: 'b1', box: box(10, 80) },
  { id: 'b2', box: box(100, 80) },
  { id: 'b3', box: box(190, 80) },
];
const none = new Set<string>();
const at = (y: number, x = 60) => ({ x, y });

describe('the drop line of a pointer drag', () => {
  it('stands before or after the card under the pointer, by the half the pointer is in', () => {
    expect(lineAt('bantaeng', at(120), bantaeng, 'a1', none)).toEqual({ cell: 'bantaeng', item: 'b2', side: 'before' });
    expect(lineAt('bantaeng', at(140), bantaeng, 'a1', none)).toEqual({ cell: 'bantaeng', item: 'b2', side: 'before' });
    expect(lineAt('bantaeng', at(141), bantaeng, 'a1', none)).toEqual({ cell: 'bantaeng', item: 'b2', side: 'after' });
  });

  it('goes to the nearest card between cards and below the last, and to the end of an empty cell', () => {
    expect(lineAt('bantaeng', at(95), bantaeng, 'a1', none)).toEqual({ cell: 'bantaeng', item: 'b1', side: 'after' });
    expect(lineAt('bantaeng', at(500), bantaeng, 'a1', none)).toEqual({ cell: 'bantaeng', item: 'b3', side: 'after' });
    expect(lineAt('maros', at(50), [], 'a1', none)).toEqual({ cell: 'maros', item: null, side: 'after' });
  });

  it('is drawn in the card’s own cell too, but not over the card in hand (dropped there, nothing moves)', () => {
    expect(lineAt('bantaeng', at(120), bantaeng, 'b2', none)).toBeNull();
    expect(lineAt('bantaeng', at(30), bantaeng, 'b2', none)).toEqual({ cell: 'bantaeng', item: 'b1', side: 'before' });
    expect(lineAt('bantaeng', at(250), bantaeng, 'b2', none)).toEqual({ cell: 'bantaeng', item: 'b3', side: 'after' });
  });

  it('never stands at a card that travels along (the rest of the selection)', () => {
    expect(lineAt('bantaeng', at(120), bantaeng, 'a1', new Set(['b2']))).toEqual({ cell: 'bantaeng', item: 'b1', side: 'after' });
  });

  it('finds the cell under the pointer, or none between cells', () => {
    const cells = [
      { key: 'bone', box: box(0, 600, 0) },
      { key: 'bantaeng', box: box(0, 600, 130) },
    ];
    expect(cellAt({ x: 150, y: 300 }, cells)?.key).toBe('bantaeng');
    expect(cellAt({ x: 20, y: 300 }, cells)?.key).toBe('bone');
    expect(cellAt({ x: 125, y: 300 }, cells)).toBeNull();
    expect(cellAt({ x: 150, y: 700 }, cells)).toBeNull();
  });

  it('says at which index of the cell’s items a drop lands', () => {
    const items = ['b1', 'b2', 'b3'];
    expect(landingIndex({ cell: 'bantaeng', item: 'b2', side: 'before' }, items)).toBe(1);
    expect(landingIndex({ cell: 'bantaeng', item: 'b2', side: 'after' }, items)).toBe(2);
    expect(landingIndex({ cell: 'bantaeng', item: 'b3', side: 'after' }, items)).toBe(3);
    expect(landingIndex({ cell: 'bantaeng', item: null, side: 'after' }, items)).toBe(3);
  });

  it('changes the shown line only when its place changes', () => {
    showDropLine({ cell: 'bantaeng', item: 'b2', side: 'before' });
    const shown = dropLine();
    showDropLine({ cell: 'bantaeng', item: 'b2', side: 'before' });
    expect(dropLine()).toBe(shown);
    showDropLine({ cell: 'bantaeng', item: 'b2', side: 'after' });
    expect(dropLine()).toEqual({ cell: 'bantaeng', item: 'b2', side: 'after' });
    showDropLine(null);
    expect(dropLine()).toBeNull();
  });
});

describe('a card held near an edge of the screen', () => {
  it('scrolls nothing away from the edges, and faster the nearer it is (768 px: a band of 80 px)', () => {
    expect(edgeSpeed(400, 0, 768)).toBe(0);
    expect(edgeSpeed(100, 0, 768)).toBe(0);
    expect(edgeSpeed(60, 0, 768)).toBeLessThan(0);
    expect(edgeSpeed(5, 0, 768)).toBeLessThan(edgeSpeed(60, 0, 768));
    expect(edgeSpeed(700, 0, 768)).toBeGreaterThan(0);
    expect(edgeSpeed(767, 0, 768)).toBeGreaterThan(edgeSpeed(700, 0, 768));
  });

  it('goes no faster than 18 px a frame, even past the edge', () => {
    expect(edgeSpeed(-50, 0, 768)).toBe(-18);
    expect(edgeSpeed(900, 0, 768)).toBe(18);
  });
});

describe('cards sliding to their new places', () => {
  // A card whose place in its cell changed, right after a drag that it was part of.
  const moved = { active: null, containerId: 'bone', isDragging: false, id: 'a2', index: 0, items: ['a2', 'a1'], newIndex: 1, previousItems: ['a1', 'a2'], previousContainerId: 'bone', transition: { duration: 200, easing: 'ease' }, wasDragging: true };

  it('slide while a drag sorts them', () => {
    expect(animateWhileSorting({ ...moved, isSorting: true })).toBe(true);
  });

  it('do not slide after the drop, where dnd-kit would (it measures every moved card in the drop’s commit)', () => {
    expect(animateWhileSorting({ ...moved, isSorting: false })).toBe(false);
  });
});
