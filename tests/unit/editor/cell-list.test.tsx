// @vitest-environment happy-dom
import { DndContext, useDraggable } from '@dnd-kit/core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CellList } from '../../../renderer/src/features/board/columns/CellList.tsx';
import type { Cell } from '../../../renderer/src/editor/board/view.ts';
import { startI18n } from '../../../renderer/src/i18n/index.ts';

// Each render of a column's list asks for its window once: the count of renders.
const windowAsked = vi.hoisted(() => vi.fn());
vi.mock('../../../renderer/src/features/board/columns/useColumnWindow.ts', () => ({
  WINDOW_FROM: 40,
  useColumnWindow: (items: string[]) => {
    windowAsked();
    return { rows: items.map((item, index) => ({ item, index })), listRef: { current: null }, itemRef: undefined };
  },
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cell: Cell = { key: 'group-1', column: 'group-1', dims: {} as Cell['dims'], items: [], members: {}, hidden: 0 };
const items: string[] = [];

/** Something to pick up with the keyboard (Space), as a card is. */
function Handle() {
  const { setNodeRef, attributes, listeners } = useDraggable({ id: 'card-9' });
  return <button type="button" ref={setNodeRef} {...attributes} {...listeners} />;
}

function Board() {
  return (
    <DndContext>
      <CellList cell={cell} items={items} locked={false} />
      <Handle />
    </DndContext>
  );
}

function press(target: Element, code: string) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { code, key: code === 'Space' ? ' ' : code, bubbles: true }));
  });
}

const root = { current: null as ReturnType<typeof createRoot> | null };
beforeAll(() => startI18n('id'));
afterEach(() => act(() => root.current?.unmount()));

describe("a column's list", () => {
  it('is not built again when only the drag and drop state changes', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root.current = createRoot(host);
    act(() => root.current?.render(<Board />));
    const before = windowAsked.mock.calls.length;
    const list = host.querySelector('ol.card-list');
    const handle = host.querySelector('button');
    if (!list || !handle) throw new Error('the board did not render');

    // dnd-kit re-renders every drop target as a drag starts and ends; the list stays as it was.
    press(handle, 'Space');
    expect(handle.getAttribute('aria-pressed')).toBe('true');
    // dnd-kit's keyboard sensor listens for Escape from the next task on.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    press(handle, 'Escape');
    expect(handle.getAttribute('aria-pressed')).toBeNull();
    expect(windowAsked.mock.calls.length).toBe(before);
    expect(host.querySelector('ol.card-list')).toBe(list);
  });
});
