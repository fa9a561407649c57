// @vitest-environment happy-dom
import { KeyboardCode, type ClientRect, type DroppableContainer, type DroppableContainers, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { describe, expect, it } from 'vitest';
import { boardKeyboardCoordinates, takeStepTarget } from '../../../renderer/src/features/board/drag/keyboard-coordinates.ts';

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

  it('Right still goes to the next column, beside where the card stands, and takes that card’s place', () => {
    takeStepTarget();
    expect(press(boardKeyboardCoordinates, KeyboardCode.Right)).toEqual({ x: COLUMN, y: 320 + ROW });
    // The drag's collision detection is told: it would find it again by corners, and a cluster,
    // taller than the cards, went one place lower than its preview.
    expect(takeStepTarget()).toBe('k2');
    expect(takeStepTarget()).toBeNull();
  });

  it('Down and Up within the column leave the collision detection to dnd-kit', () => {
    takeStepTarget();
    press(boardKeyboardCoordinates, KeyboardCode.Down);
    press(boardKeyboardCoordinates, KeyboardCode.Up);
    expect(takeStepTarget()).toBeNull();
  });
});

/**
 * A group's column on a board by group and kind: its Tantangan lane (two cards) above its Solusi
 * lane, each lane a list of its own with 10 px between cards. The carried card is the Solusi
 * lane's first.
 */
function pressInLanes(getter: KeyboardCoordinateGetter, code: string, carried: 's1' | 's2') {
  const card = (top: number): ClientRect => ({ left: 20, top, width: 200, height: 80, right: 220, bottom: top + 80 });
  const lanes = { 'bone|challenge': ['c1', 'c2'], 'bone|solution': ['s1', 's2'] } as Record<string, string[]>;
  const rects = new Map<string, ClientRect>([
    ['cell:bone|challenge', { left: 10, top: 90, width: 220, height: 190, right: 230, bottom: 280 }],
    ['c1', card(100)],
    ['c2', card(190)],
    ['cell:bone|solution', { left: 10, top: 320, width: 220, height: 190, right: 230, bottom: 510 }],
    ['s1', card(330)],
    ['s2', card(420)],
  ]);
  const droppables = new Droppables();
  for (const [lane, items] of Object.entries(lanes)) {
    const list = document.createElement('ol');
    list.style.rowGap = '10px';
    document.body.append(list);
    droppables.set(`cell:${lane}`, { id: `cell:${lane}`, key: lane, disabled: false, node: { current: list }, rect: { current: null }, data: { current: {} } });
    items.forEach((id, index) => {
      const node = document.createElement('li');
      list.append(node);
      droppables.set(id, { id, key: id, disabled: false, node: { current: node }, rect: { current: null }, data: { current: { sortable: { containerId: lane, index, items } } } });
    });
  }
  const collisionRect = rects.get(carried)!;
  const active = { id: carried, data: { current: droppables.get(carried)!.data.current }, rect: { current: { initial: collisionRect, translated: collisionRect } } };
  const context = { active, collisionRect, droppableRects: rects, droppableContainers: droppables as unknown as DroppableContainers, over: null, scrollableAncestors: [] };
  return getter(new KeyboardEvent('keydown', { code }), { active: carried, currentCoordinates: { x: 20, y: collisionRect.top }, context } as unknown as Parameters<KeyboardCoordinateGetter>[1]);
}

describe('the arrows of a keyboard drag between lanes (by group and kind)', () => {
  it('Up from a lane’s first card goes to the end of the lane above, below its last card', () => {
    takeStepTarget();
    // Not the last card's top left (its place: the carried card would land before it), but below it.
    expect(pressInLanes(boardKeyboardCoordinates, KeyboardCode.Up, 's1')).toEqual({ x: 20, y: 190 + 80 + 10 });
    expect(takeStepTarget()).toBe('cell:bone|challenge');
    // Told once: the next step's collision is dnd-kit's own again.
    expect(takeStepTarget()).toBeNull();
  });

  it('Up and Down within a lane stay dnd-kit’s steps', () => {
    expect(pressInLanes(boardKeyboardCoordinates, KeyboardCode.Up, 's2')).toEqual({ x: 20, y: 330 });
    expect(takeStepTarget()).toBeNull();
    expect(pressInLanes(boardKeyboardCoordinates, KeyboardCode.Down, 's1')).toEqual({ x: 20, y: 420 });
    expect(takeStepTarget()).toBeNull();
  });
});
