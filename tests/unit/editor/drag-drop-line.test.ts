// @vitest-environment happy-dom
import type { ClientRect, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { besidePointer } from '../../../renderer/src/features/board/drag/beside-pointer.ts';
import { cellDropId, type CellItems } from '../../../renderer/src/features/board/drag/cells.ts';
import { closestInCellUnderPointer } from '../../../renderer/src/features/board/drag/collision.ts';
import { dropLine, landingIndex, lineAt, showDropLine } from '../../../renderer/src/features/board/drag/drop-line.ts';
import { animateWhileSorting } from '../../../renderer/src/features/board/drag/layout-animation.ts';

const cells: CellItems = { bone: ['a1', 'a2'], bantaeng: ['b1', 'b2', 'b3'], maros: [] };
const rect = (top: number, height: number, left = 0, width = 120): ClientRect => ({ top, left, width, height, bottom: top + height, right: left + width });

describe('the drop line of a pointer drag', () => {
  it('stands before or after the card under the pointer, by the half the pointer is in', () => {
    const over = { id: 'b2', rect: rect(100, 80) };
    expect(lineAt(cells, 'a1', over, 120)).toEqual({ cell: 'bantaeng', item: 'b2', side: 'before' });
    expect(lineAt(cells, 'a1', over, 140)).toEqual({ cell: 'bantaeng', item: 'b2', side: 'before' });
    expect(lineAt(cells, 'a1', over, 141)).toEqual({ cell: 'bantaeng', item: 'b2', side: 'after' });
  });

  it('goes to the end of a cell over the cell itself, and is not drawn in the dragged card’s own cell', () => {
    expect(lineAt(cells, 'a1', { id: cellDropId('maros'), rect: rect(0, 300) }, 50)).toEqual({ cell: 'maros', item: null, side: 'after' });
    expect(lineAt(cells, 'a1', { id: 'a2', rect: rect(100, 80) }, 120)).toBeNull();
    expect(lineAt(cells, 'a1', { id: cellDropId('bone'), rect: rect(0, 300) }, 50)).toBeNull();
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

describe('what a pointer is over', () => {
  const droppable = (id: string, containerId: string | null) =>
    ({ id, key: id, disabled: false, node: { current: null }, rect: { current: null }, data: { current: containerId ? { sortable: { containerId, index: 0, items: [] } } : {} } }) as unknown as DroppableContainer;
  const containers = [droppable(cellDropId('bone'), null), droppable(cellDropId('bantaeng'), null), droppable('b1', 'bantaeng'), droppable('b2', 'bantaeng'), droppable('a1', 'bone')];
  const rects = new Map<string | number, ClientRect>([
    [cellDropId('bone'), rect(0, 600, 0)],
    [cellDropId('bantaeng'), rect(0, 600, 130)],
    ['a1', rect(10, 80, 0)],
    ['b1', rect(10, 80, 130)],
    ['b2', rect(100, 80, 130)],
  ]);
  const at = (x: number, y: number) =>
    closestInCellUnderPointer({ active: { id: 'a1' } as never, collisionRect: rect(y, 80, x), droppableRects: rects, droppableContainers: containers, pointerCoordinates: { x, y } })[0]?.id;

  it('is the card of the cell under the pointer whose height the pointer is at, else the nearest card of that cell', () => {
    expect(at(150, 120)).toBe('b2');
    expect(at(150, 50)).toBe('b1');
    expect(at(150, 95)).toBe('b1');
    expect(at(150, 500)).toBe('b2');
    expect(at(20, 500)).toBe('a1');
  });
});

describe('the dragged card beside the pointer', () => {
  const transform = { x: 5, y: 7, scaleX: 1, scaleY: 1 };
  const base = { active: null, activeNodeRect: null, containerNodeRect: null, over: null, overlayNodeRect: null, scrollableAncestors: [], scrollableAncestorRects: [], windowRect: null, transform };

  it('puts the card’s corner a little below and right of where a pointer grabbed it', () => {
    const grabbed = new MouseEvent('pointerdown', { clientX: 160, clientY: 240 });
    expect(besidePointer({ ...base, activatorEvent: grabbed, draggingNodeRect: rect(200, 80, 100) })).toMatchObject({ x: 5 + 60 + 14, y: 7 + 40 + 14 });
  });

  it('leaves a card moved by keys where it is', () => {
    const key = new KeyboardEvent('keydown', { code: 'Space' });
    expect(besidePointer({ ...base, activatorEvent: key, draggingNodeRect: rect(200, 80, 100) })).toBe(transform);
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
