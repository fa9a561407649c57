import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Card, Cluster, Group, Session } from '#shared/model.ts';
import { NO_FILTERS } from '../../../renderer/src/editor/board/board-state.ts';
import { EntityTable } from '../../../renderer/src/editor/entities.ts';
import { focusedColumn, neighbourCard, neighbourColumn } from '../../../renderer/src/editor/board/focus.ts';
import { buildBoardView, cardsOfCell, cellOfClusterItem, clusterItem, clusterOfItem, type BoardSource } from '../../../renderer/src/editor/board/view.ts';
import { cardBefore } from '../../../renderer/src/features/board/drag/cells.ts';
import { keepIdentity, ViewCache } from '../../../renderer/src/editor/board/view-cache.ts';

const session = { id: 's', workshopId: 'w', template: 'challenges_solutions', layout: 'groups' } as Session;
const group = (id: string, position: string) => ({ id, workshopId: 'w', name: id, color: 'blue', position, regionCode: null, revision: 1 }) as Group;
const card = (id: string, groupId: string | null, position: string, extra: Partial<Card> = {}) =>
  ({ id, sessionId: 's', workshopId: 'w', groupId, kind: 'challenge', customKindId: null, text: id, position, tag: null, author: null, who: null, byWhen: null, indicator: null, clusterId: null, deletedAt: null, revision: 1, ...extra }) as Card;

function source(cards: Card[], extra: Partial<BoardSource> = {}): BoardSource {
  const cluster: Cluster = { id: 'k', sessionId: 's', title: 'Jaringan', createdAt: '', updatedAt: '', deletedAt: null, revision: 1 };
  return { session, groups: [group('bone', 'a0'), group('maros', 'a1')], cards: Object.fromEntries(cards.map((c) => [c.id, c])), customKinds: {}, clusters: { k: cluster }, filters: NO_FILTERS, ...extra };
}

describe('the laid-out board (the editor’s view)', () => {
  const cards = [card('a', 'bone', 'a0'), card('b', 'bone', 'a1', { clusterId: 'k' }), card('c', 'bone', 'a2', { clusterId: 'k' }), card('d', null, 'a3'), card('gone', 'bone', 'a4', { deletedAt: 'x' })];

  it('puts each live card in its column, clusters as one item holding their cards, the inbox first', () => {
    const view = buildBoardView(source(cards));
    expect(view.columns.map((c) => c.key)).toEqual(['inbox', 'bone', 'maros']);
    expect(view.cells.bone).toMatchObject({ items: ['a', clusterItem('k', 'bone')], members: { k: ['b', 'c'] }, dims: { groupId: 'bone' } });
    expect(cardsOfCell(view.cells.bone!)).toEqual(['a', 'b', 'c']);
    expect(view.cells.inbox?.items).toEqual(['d']);
  });

  it('shows a cluster two groups share in both columns, as one item per column with that column’s cards', () => {
    const shared = [card('a', 'bone', 'a0'), card('b', 'bone', 'a1', { clusterId: 'k' }), card('m', 'maros', 'a2', { clusterId: 'k' }), card('n', 'maros', 'a3')];
    const view = buildBoardView(source(shared));
    const inBone = view.cells.bone!.items[1]!;
    const inMaros = view.cells.maros!.items[0]!;
    // Two items (dnd-kit knows each drop target by its id), one cluster.
    expect(inBone).not.toBe(inMaros);
    expect([clusterOfItem(inBone), clusterOfItem(inMaros)]).toEqual(['k', 'k']);
    expect([cellOfClusterItem(inBone), cellOfClusterItem(inMaros), cellOfClusterItem('a')]).toEqual(['bone', 'maros', null]);
    expect(view.cells.maros!.members).toEqual({ k: ['m'] });
    // A drop after the cluster in Maros lands after Maros's card of it, not the cluster's last on the board.
    expect(cardBefore(view.cells.maros!, inMaros)).toBe('m');
    expect(cardBefore(view.cells.bone!, inBone)).toBe('b');
    expect(cardBefore(view.cells.maros!, 'n')).toBe('n');
    expect(cardBefore(view.cells.maros!, null)).toBeNull();
  });

  it('lays the grid out as group × kind cells whose drop sets both', () => {
    const view = buildBoardView(source(cards, { session: { ...session, layout: 'grid' } }));
    expect(Object.keys(view.cells)).toContain('bone|solution');
    expect(view.cells['bone|challenge']?.dims).toEqual({ groupId: 'bone', kind: 'challenge', customKindId: null });
  });

  it('keeps the cells that did not change from one view to the next, so only the touched columns re-render', () => {
    const before = buildBoardView(source(cards));
    const moved = cards.map((c) => (c.id === 'd' ? { ...c, groupId: 'maros' } : c));
    const after = keepIdentity(before, buildBoardView(source(moved)));
    expect(after.cells.bone).toBe(before.cells.bone);
    expect(after.cells.maros).not.toBe(before.cells.maros);
    expect(after.cells.inbox).not.toBe(before.cells.inbox);
    expect(after.columns).toBe(before.columns);
    expect(after.kinds).toBe(before.kinds);
  });

  it('lays out again only the cells of the cards that changed, and gets the same board as a fresh layout', () => {
    const store = createStore<{ cards: Record<string, Card> }>(() => ({ cards: {} }));
    const table = new EntityTable<Card>('cards', store as never, (c) => c.id);
    table.accept(cards);
    const base = source(cards);
    const cache = new ViewCache();
    const first = cache.view({ ...base, cards: store.getState().cards });
    const kinds = ['challenge', 'solution'] as const;
    const groups = ['bone', 'maros', null];
    for (let step = 0; step < 40; step++) {
      const id = ['a', 'b', 'c', 'd', 'gone'][step % 5]!;
      const card = store.getState().cards[id]!;
      table.accept([{ ...card, groupId: groups[step % 3]!, kind: kinds[step % 2]!, position: `a${(step * 7) % 10}`, deletedAt: step % 7 === 0 ? 'x' : null, revision: card.revision + 1 }]);
      const current = { ...base, cards: store.getState().cards };
      expect(cache.view(current)).toEqual(buildBoardView(current));
    }
    // A card's text changed: no cell shows anything else, so every cell stays the same object.
    const before = cache.view({ ...base, cards: store.getState().cards });
    const d = store.getState().cards.d!;
    table.accept([{ ...d, text: 'd, diubah', revision: d.revision + 1 }]);
    const after = cache.view({ ...base, cards: store.getState().cards });
    for (const key of Object.keys(after.cells)) expect(after.cells[key], key).toBe(before.cells[key]);
    expect(first.columns).toBe(after.columns);
    // And the view itself, so the board does not render again for it.
    expect(after).toBe(before);
  });

  it('works out the next card and column from the view, not from the page', () => {
    const view = buildBoardView(source(cards));
    expect(neighbourCard(view, 'a', 1)).toBe('b');
    expect(neighbourCard(view, 'c', 1)).toBeNull();
    expect(neighbourColumn(view, 'maros', 1)).toBe('inbox');
    expect(neighbourColumn(view, 'inbox', -1)).toBe('maros');
    expect(neighbourColumn(view, null, 1)).toBe('inbox');
    expect(focusedColumn(view, { kind: 'card', id: 'c' })).toBe('bone');
  });

  it('counts the cards a filter hides, and matches words without accents', () => {
    const view = buildBoardView(source([card('Internet lambat', 'bone', 'a0'), card('Koleksi', 'bone', 'a1')], { filters: { ...NO_FILTERS, text: 'INTERNÉT' } }));
    expect(view.cells.bone).toMatchObject({ items: ['Internet lambat'], hidden: 1 });
  });
});
