// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { call } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

/** Counts the times each card's watcher was told. */
function watch(editor: { watchCard(id: string, listener: () => void): () => void }, ids: Record<string, string>) {
  const told: Record<string, number> = Object.fromEntries(Object.keys(ids).map((name) => [name, 0]));
  const stops = Object.entries(ids).map(([name, id]) => editor.watchCard(id, () => told[name]!++));
  return { told, stop: () => stops.forEach((stop) => stop()) };
}

describe('what a card’s own parts are told (useCardPart)', () => {
  it('a move of one card tells that card, not the others on the board', async () => {
    const t = await openTestEditor(['Bone', 'Maros']);
    await t.type(0, ['Koleksi sedikit', 'Jam buka pendek']);
    await t.type(1, ['Internet lambat']);
    const { told, stop } = watch(t.editor, { moved: t.card('Koleksi sedikit').id, other: t.card('Jam buka pendek').id, far: t.card('Internet lambat').id });

    await t.run('moveCards', { ids: [t.card('Koleksi sedikit').id], to: { groupId: t.groupId(1), afterCardId: null } });
    await t.settled();
    // Shown at once, then the core's answer (its new revision).
    expect(told.moved).toBeGreaterThanOrEqual(1);
    expect([told.other, told.far]).toEqual([0, 0]);
    stop();
  });

  it('the focus, the selection, editing or a menu coming to a card or leaving it tells that card alone', async () => {
    const t = await openTestEditor(['Bone']);
    await t.type(0, ['Koleksi sedikit', 'Jam buka pendek', 'Internet lambat']);
    const ids = { a: t.card('Koleksi sedikit').id, b: t.card('Jam buka pendek').id, c: t.card('Internet lambat').id };
    const { told, stop } = watch(t.editor, ids);

    t.editor.toggleSelected(ids.a);
    expect(told).toEqual({ a: 1, b: 0, c: 0 });
    t.editor.focusOn({ kind: 'card', id: ids.b });
    t.editor.noteFocus({ kind: 'card', id: ids.c });
    expect(told).toEqual({ a: 1, b: 2, c: 1 });
    t.editor.setUi({ editing: ids.c, menu: { cardId: ids.a, view: 'main' } });
    expect(told).toEqual({ a: 2, b: 2, c: 2 });
    // Focus elsewhere than a card: the card that had it hears it leave.
    t.editor.noteFocus({ kind: 'search' });
    expect(told).toEqual({ a: 2, b: 2, c: 3 });
    stop();
  });

  it('a change of anything else (a filter, the chain shown, a new kind) tells every card', async () => {
    const t = await openTestEditor(['Bone']);
    await t.type(0, ['Koleksi sedikit', 'Jam buka pendek']);
    const { told, stop } = watch(t.editor, { a: t.card('Koleksi sedikit').id, b: t.card('Jam buka pendek').id });

    t.editor.setUi({ chainOf: t.card('Koleksi sedikit').id });
    expect(told).toEqual({ a: 1, b: 1 });
    // With a card-naming part in the same write: still everyone.
    t.editor.setUi((ui) => ({ filters: { ...ui.filters, text: 'koleksi' }, selection: [t.card('Koleksi sedikit').id] }));
    expect(told).toEqual({ a: 2, b: 2 });
    await call(t.core, 'kinds.create', { id: crypto.randomUUID(), sessionId: t.session.id, label: 'Peluang', color: 'teal', icon: 'star' });
    await t.settled();
    expect(told.a).toBeGreaterThanOrEqual(3);
    expect(told.b).toBe(told.a);
    stop();
  });

  it('another window’s change of one card tells that card alone; once stopped, nobody', async () => {
    const t = await openTestEditor(['Bone']);
    await t.type(0, ['Koleksi sedikit', 'Jam buka pendek']);
    const { told, stop } = watch(t.editor, { a: t.card('Koleksi sedikit').id, b: t.card('Jam buka pendek').id });

    await call(t.core, 'cards.update', { id: t.card('Jam buka pendek').id, text: 'Jam buka terlalu pendek' });
    expect(told).toEqual({ a: 0, b: 1 });
    stop();
    t.editor.toggleSelected(t.card('Koleksi sedikit').id);
    expect(told).toEqual({ a: 0, b: 1 });
  });
});
