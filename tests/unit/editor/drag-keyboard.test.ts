// @vitest-environment happy-dom
import { KeyboardCode, type ClientRect, type DroppableContainer, type DroppableContainers, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { describe, expect, it } from 'vitest';
import { boardKeyboardCoordinates } from '../../../renderer/src/features/board/drag/keyboard-coordinates.ts';

/**
 * Two villages' columns of a room's board, as Chromium laid them out at 1280 px with 17 villages:
 * columns 136 px apart, rows of cards 136.03 px apart. The carried card stands second in its
 * column; the second card of the next column is 0.03 px lower than it.
 */
const COLUMN = 136;
const ROW = 136.03;
const rect = (left: number, top: number): ClientRect => ({ left, top, width: 120, height: 127.64, right: left + 120, bottom: top + 127.64 });
const cards: Array<{ id: string; column: string; index: number; rect: ClientRect }> = [
  ...['w1', 'w2', 'w3'].map((id, index) => ({ id, column: 'wonosari', index, rect: rect(0, 320 + index * ROW) })),
  ...['k1', 'k2', 'k3'].map((id, index) => ({ id, column: 'kuala-alam', index, rect: rect(COLUMN, 320 + index * ROW) })),
];

class Droppables extends Map<string, DroppableContainer> {
  getEnabled() {
    return [...this.values()];
  }
}

/** The arrow `code` pressed with card `w1` carried to where `w2` was, over `w2`. */
function press(getter: KeyboardCoordinateGetter, code: string) {
  const droppables = new Droppables();
  for (const card of cards) {
    const node = document.createElement('div');
    document.body.append(node);
    const items = cards.filter((c) => c.column === card.column).map((c) => c.id);
    droppables.set(card.id, { id: card.id, key: card.id, disabled: false, node: { current: node }, rect: { current: null }, data: { current: { sortable: { containerId: card.column, index: card.index, items } } } });
  }
  const rects = new Map(cards.map((c) => [c.id, c.rect]));
  const collisionRect = { ...rect(0, 320 + ROW - 0.03) };
  const active = { id: 'w1', data: { current: droppables.get('w1')!.data.current }, rect: { current: { initial: rect(0, 320), translated: collisionRect } } };
  const over = { id: 'w2', rect: rects.get('w2')!, disabled: false, data: droppables.get('w2')!.data };
  const context = { active, collisionRect, droppableRects: rects, droppableContainers: droppables as unknown as DroppableContainers, over, scrollableAncestors: [] };
  const event = new KeyboardEvent('keydown', { code });
  return getter(event, { active: 'w1', currentCoordinates: { x: 0, y: 320 + ROW }, context } as unknown as Parameters<KeyboardCoordinateGetter>[1]);
}

describe('the arrows of a keyboard drag on a room’s board', () => {
  it('Down goes to the next card of the column, not to the card beside it a hair lower', () => {
    // dnd-kit's own search takes the neighbour: the card swung between two villages.
    expect(press(sortableKeyboardCoordinates, KeyboardCode.Down)).toEqual({ x: COLUMN, y: 320 + ROW });
    expect(press(boardKeyboardCoordinates, KeyboardCode.Down)).toEqual({ x: 0, y: 320 + 2 * ROW });
  });

  it('Up goes back up the column', () => {
    expect(press(boardKeyboardCoordinates, KeyboardCode.Up)).toEqual({ x: 0, y: 320 });
  });

  it('Right still goes to the next column, beside where the card stands', () => {
    expect(press(boardKeyboardCoordinates, KeyboardCode.Right)).toEqual({ x: COLUMN, y: 320 + ROW });
  });
});
