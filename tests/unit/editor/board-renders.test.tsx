// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as ColumnModule from '../../../renderer/src/features/board/columns/Column.tsx';
import { BoardPage } from '../../../renderer/src/features/board/BoardPage.tsx';
import { call } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

// The page around the columns, counted: each stands in for a part a card never changes.
const rendered = vi.hoisted(() => ({ sessionBar: 0, toolbar: 0, door: 0, columns: 0, surface: 0 }));
vi.mock('../../../renderer/src/features/board/SessionBar.tsx', () => ({ SessionBar: () => (rendered.sessionBar++, null) }));
vi.mock('../../../renderer/src/features/board/Toolbar.tsx', () => ({ Toolbar: () => (rendered.toolbar++, null) }));
vi.mock('../../../renderer/src/features/door/DoorPanel.tsx', () => ({ DoorPanel: () => (rendered.door++, null) }));
// Drawn once each time the columns' surface renders.
vi.mock('../../../renderer/src/features/board/drag/DraggedCardOverlay.tsx', () => ({ DraggedCardOverlay: () => (rendered.surface++, null) }));
vi.mock('../../../renderer/src/features/board/columns/Column.tsx', async (original) => {
  const actual = await original<typeof ColumnModule>();
  const { memo } = await import('react');
  const Column = memo(function CountedColumn(props: Parameters<typeof actual.Column>[0]) {
    rendered.columns++;
    return <li data-column={props.column.key}>{props.items.length}</li>;
  });
  return { ...actual, Column };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const root = { current: null as ReturnType<typeof createRoot> | null };
afterEach(() => act(() => root.current?.unmount()));

describe('the board page as cards change', () => {
  it('renders only the columns a move touches, and nothing for a change no column shows', async () => {
    const t = await openTestEditor(['Bone', 'Maros', 'Gowa']);
    await t.type(0, ['Koleksi sedikit', 'Jam buka pendek']);
    await t.type(1, ['Internet lambat']);
    const host = document.createElement('div');
    document.body.append(host);
    root.current = createRoot(host);
    await act(async () => root.current?.render(<BoardPage workshopId={t.workshop.id} sessionId={t.session.id} />));
    await act(() => t.settled());
    const count = (groupIndex: number) => host.querySelector(`[data-column="${t.groupId(groupIndex)}"]`)?.textContent;
    expect([count(0), count(1), count(2)]).toEqual(['2', '1', '0']);
    const before = { ...rendered };

    const card = t.card('Koleksi sedikit');
    await act(() => t.run('moveCards', { ids: [card.id], to: { groupId: t.groupId(1), afterCardId: null } }));
    await act(() => t.settled());
    expect([count(0), count(1), count(2)]).toEqual(['1', '2', '0']);
    // The two columns it left and joined; not the third, not the inbox, not the bars above them.
    expect(rendered.columns - before.columns).toBe(2);
    // Once, for the move shown at once: the core's answer only brings a new revision.
    expect(rendered.surface - before.surface).toBe(1);
    expect([rendered.sessionBar, rendered.toolbar, rendered.door]).toEqual([before.sessionBar, before.toolbar, before.door]);

    // Another window rewords a card: its face changes, no column's list does.
    const { columns, surface } = rendered;
    await act(async () => {
      await call(t.core, 'cards.update', { id: card.id, text: 'Koleksi buku sedikit' });
    });
    expect(t.card('Koleksi buku sedikit').groupId).toBe(t.groupId(1));
    expect(rendered.columns).toBe(columns);
    expect(rendered.surface).toBe(surface);
    expect([rendered.sessionBar, rendered.toolbar, rendered.door]).toEqual([before.sessionBar, before.toolbar, before.door]);
  });
});
