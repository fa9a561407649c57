// @vitest-environment happy-dom
import { DndContext } from '@dnd-kit/core';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CellList } from '../../../renderer/src/features/board/columns/CellList.tsx';
import type { Cell } from '../../../renderer/src/editor/board/view.ts';
import { startI18n } from '../../../renderer/src/i18n/index.ts';

// Each card of the column, counted as it renders: its element is what the column marks.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../../renderer/src/features/board/card/LazyCard.tsx', async () => {
  const { memo } = await import('react');
  return {
    LazyCard: memo(function CountedCard({ id, extraRef }: { id: string; extraRef?: (node: HTMLElement | null) => void }) {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return <li ref={extraRef} data-id={id} />;
    }),
  };
});

// Nothing focused, edited or with its menu open: the column draws the cards near the screen alone.
vi.mock('../../../renderer/src/editor/board/context.tsx', () => ({
  useBoardUi: <T,>(selector: (ui: unknown) => T) => selector({ focus: { target: null, request: 0 }, editing: null, menu: null }),
}));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const cell: Cell = { key: 'group-1', column: 'group-1', dims: {} as Cell['dims'], items: [], members: {}, hidden: 0 };
const root = { current: null as ReturnType<typeof createRoot> | null };
beforeAll(() => startI18n('id'));
afterEach(() => act(() => root.current?.unmount()));

describe('a long column as a card drops into it', () => {
  it('redraws only the card that came, and tells each drawn card its new place', () => {
    const host = document.createElement('div');
    document.body.append(host);
    root.current = createRoot(host);
    const items = Array.from({ length: 60 }, (_, i) => `card-${i + 1}`);
    act(() => root.current?.render(<DndContext><CellList cell={cell} items={items} locked={false} /></DndContext>));
    const drawn = [...host.querySelectorAll<HTMLElement>('li[data-id]')];
    expect(drawn.length).toBeGreaterThan(3);
    expect(drawn.length).toBeLessThan(60);
    expect([drawn[0]?.getAttribute('aria-posinset'), drawn[0]?.getAttribute('aria-setsize')]).toEqual(['1', '60']);

    const before = new Map(renders);
    act(() => root.current?.render(<DndContext><CellList cell={cell} items={['card-new', ...items]} locked={false} /></DndContext>));
    const redrawn = [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id);
    expect(redrawn).toEqual(['card-new']);
    const place = (id: string) => host.querySelector(`li[data-id="${id}"]`)?.getAttribute('aria-posinset');
    expect([place('card-new'), place('card-1'), place('card-3')]).toEqual(['1', '2', '4']);
    expect(host.querySelector('li[data-id="card-1"]')?.getAttribute('aria-setsize')).toBe('61');
  });
});
