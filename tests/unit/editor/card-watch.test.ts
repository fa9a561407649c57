import { describe, expect, it } from 'vitest';
import type { Card } from '#shared/model.ts';
import { BoardEditor } from '../../../renderer/src/editor/board/board-editor.ts';

const card = (id: string, extra: Partial<Card> = {}) =>
  ({ id, sessionId: 's', workshopId: 'w', groupId: 'bone', kind: 'challenge', customKindId: null, text: id, position: 'a0', tag: null, author: null, who: null, byWhen: null, indicator: null, clusterId: null, deletedAt: null, revision: 1, ...extra }) as Card;

/** An editor holding cards a…e, with a listener on each card counting its calls. */
function watched() {
  const editor = new BoardEditor('s');
  const ids = ['a', 'b', 'c', 'd', 'e'];
  editor.cards.accept(ids.map((id) => card(id)));
  const calls: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  const stops = ids.map((id) => editor.watch.subscribe(id, () => calls[id]!++));
  return { editor, calls, stops };
}

describe('subscriptions by card: a far-off card hears of its own changes only', () => {
  it('calls the listeners of the cards a write touched, and no others', () => {
    const { editor, calls } = watched();
    editor.cards.accept([card('b', { groupId: 'maros', revision: 2 })]);
    editor.cards.hold('d');
    editor.cards.show([card('d', { text: 'diubah' })]);
    expect(calls).toEqual({ a: 0, b: 1, c: 0, d: 1, e: 0 });
  });

  it('hears of a card the core sent for the first time, and of one taken away', () => {
    const { editor } = watched();
    let calls = 0;
    editor.watch.subscribe('f', () => calls++);
    editor.cards.accept([card('f')]);
    editor.cards.forget(['f']);
    expect(calls).toBe(2);
  });

  it('calls every listener when the writes that led to the cards are not known (a new record)', () => {
    const { editor, calls } = watched();
    editor.store.setState((s) => ({ cards: { ...s.cards } }));
    expect(Object.values(calls)).toEqual([1, 1, 1, 1, 1]);
  });

  it('tells the card the focus leaves and the card it comes to, and nobody for other changes of the screen', () => {
    const { editor, calls } = watched();
    editor.focusOn({ kind: 'card', id: 'a' });
    editor.focusOn({ kind: 'card', id: 'c' });
    editor.focusOn({ kind: 'search' });
    editor.setUi({ selection: ['b'], linkFrom: 'e' });
    expect(calls).toEqual({ a: 2, b: 0, c: 2, d: 0, e: 0 });
  });

  it('stops calling a listener once it unsubscribed', () => {
    const { editor, calls, stops } = watched();
    stops[0]!();
    editor.cards.accept([card('a', { revision: 2 })]);
    expect(calls.a).toBe(0);
  });
});
