import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Card } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import { CardIndex } from '../../../renderer/src/editor/board/card-index.ts';
import { EntityTable } from '../../../renderer/src/editor/entities.ts';

const card = (id: string, groupId: string | null, position: string, extra: Partial<Card> = {}) =>
  ({ id, sessionId: 's', workshopId: 'w', groupId, kind: 'challenge', customKindId: null, text: id, position, tag: null, author: null, who: null, byWhen: null, indicator: null, clusterId: null, deletedAt: null, hidden: false, revision: 1, ...extra }) as Card;

/** What the index must say: counted from every card, as the editor did before it kept an index. */
function counted(cards: Record<string, Card>) {
  const live = Object.values(cards).filter((c) => c.deletedAt === null).sort(compareKeys);
  const waiting = (groupId: string | null) => live.filter((c) => c.hidden && c.groupId === groupId).length;
  return { live: live.map((c) => c.id), waiting: [waiting('bone'), waiting('maros'), waiting(null)] };
}

describe('the index of a board’s cards (live in order, phone cards waiting per group)', () => {
  it('says what counting every card says, through moves, deletions, hiding and showing, and a reload', () => {
    const store = createStore<{ cards: Record<string, Card> }>(() => ({ cards: {} }));
    const table = new EntityTable<Card>('cards', store as never, (c) => c.id);
    table.accept(Array.from({ length: 30 }, (_, i) => card(`c${i}`, i % 3 === 0 ? null : i % 3 === 1 ? 'bone' : 'maros', `a${i % 10}`, { hidden: i % 4 === 0 })));
    const index = new CardIndex();
    const read = () => {
      const cards = store.getState().cards;
      return { live: index.live(cards).map((c) => c.id), waiting: [index.waiting(cards, 'bone'), index.waiting(cards, 'maros'), index.waiting(cards, null)] };
    };
    expect(read()).toEqual(counted(store.getState().cards));
    const groups = ['bone', 'maros', null];
    for (let step = 0; step < 60; step++) {
      const id = `c${(step * 7) % 30}`;
      const was = store.getState().cards[id]!;
      const next = { ...was, groupId: groups[step % 3]!, position: `a${(step * 3) % 10}`, hidden: step % 5 === 0, deletedAt: step % 9 === 0 ? 'x' : null, revision: was.revision + 1 };
      // A drop shows at once and is held; the core's answer follows; a card comes from a phone.
      if (step % 4 === 0) table.hold(id);
      table.show([next]);
      if (step % 4 === 0) table.release([id]);
      if (step % 6 === 0) table.accept([card(`phone${step}`, groups[step % 3]!, 'a5', { hidden: true })]);
      // Now and then the page asks only after several writes.
      if (step % 3 !== 2) expect(read(), `step ${step}`).toEqual(counted(store.getState().cards));
    }
    table.replace([card('fresh', 'bone', 'a1', { hidden: true })], () => true);
    expect(read()).toEqual(counted(store.getState().cards));
  });

  it('gives a new list after a change, and leaves the one a caller kept as it was', () => {
    const store = createStore<{ cards: Record<string, Card> }>(() => ({ cards: {} }));
    const table = new EntityTable<Card>('cards', store as never, (c) => c.id);
    table.accept([card('a', 'bone', 'a0'), card('b', 'bone', 'a1')]);
    const index = new CardIndex();
    const kept = index.live(store.getState().cards);
    expect(index.live(store.getState().cards)).toBe(kept);
    table.accept([card('c', 'bone', 'a2')]);
    expect(index.live(store.getState().cards).map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(kept.map((c) => c.id)).toEqual(['a', 'b']);
  });
});
