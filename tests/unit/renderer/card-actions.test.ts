// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard, deleteCard, editCard } from '../../../renderer/src/state/card-actions.ts';
import { moveCard } from '../../../renderer/src/state/move-actions.ts';
import { useNotices } from '../../../renderer/src/state/notices.ts';
import { columnCards } from '../../../renderer/src/state/selectors.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { call } from '../helpers/core.ts';
import { noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  const shown = (groupIndex: number) => columnCards(getState(), h.session.id, h.groups[groupIndex]!.id).map((c) => c.text);
  const saved = async (groupIndex: number) =>
    (await call(h.core, 'sessions.board', { id: h.session.id })).cards.filter((c) => c.groupId === h.groups[groupIndex]!.id).map((c) => c.text);
  return { ...h, shown, saved };
}

describe('card actions in the renderer store', () => {
  it('shows a new card before the core answers, then keeps the saved one', async () => {
    const h = await harness();
    const pending = addCard(h.session.id, h.groups[0]!.id, 'Koleksi buku sedikit');
    expect(h.shown(0)).toEqual(['Koleksi buku sedikit']);
    expect(await pending).toBe(true);
    expect(await h.saved(0)).toEqual(['Koleksi buku sedikit']);
  });

  it('takes a refused card back off the board and says why in Bahasa Indonesia', async () => {
    const h = await harness();
    const pending = addCard(h.session.id, h.groups[0]!.id, 'x'.repeat(1001));
    expect(h.shown(0)).toHaveLength(1);
    expect(await pending).toBe(false);
    expect(h.shown(0)).toEqual([]);
    expect(noticeTexts()).toContain('Teks kartu terlalu panjang (maksimal 1000 karakter).');
    expect(await h.saved(0)).toEqual([]);
  });

  it('moves a card to another group, and undoes and redoes the move', async () => {
    const h = await harness();
    await addCard(h.session.id, h.groups[0]!.id, 'Internet lambat');
    await addCard(h.session.id, h.groups[1]!.id, 'Sinyal lemah');
    const card = columnCards(getState(), h.session.id, h.groups[0]!.id)[0]!;
    const neighbour = columnCards(getState(), h.session.id, h.groups[1]!.id)[0]!;
    await moveCard(card.id, { groupId: h.groups[1]!.id, afterCardId: neighbour.id });
    expect(h.shown(1)).toEqual(['Sinyal lemah', 'Internet lambat']);
    expect(await h.saved(1)).toEqual(['Sinyal lemah', 'Internet lambat']);
    await undo();
    expect(h.shown(0)).toEqual(['Internet lambat']);
    expect(await h.saved(0)).toEqual(['Internet lambat']);
    await redo();
    expect(await h.saved(1)).toEqual(['Sinyal lemah', 'Internet lambat']);
  });

  it('edits a card and undoes the edit', async () => {
    const h = await harness();
    await addCard(h.session.id, h.groups[0]!.id, 'Internet lambar');
    const card = columnCards(getState(), h.session.id, h.groups[0]!.id)[0]!;
    await editCard(card.id, 'Internet lambat');
    expect(await h.saved(0)).toEqual(['Internet lambat']);
    await undo();
    expect(h.shown(0)).toEqual(['Internet lambar']);
    expect(await h.saved(0)).toEqual(['Internet lambar']);
  });

  it('deletes a card and brings it back from the message’s Urungkan button', async () => {
    const h = await harness();
    for (const text of ['Satu', 'Dua', 'Tiga']) await addCard(h.session.id, h.groups[0]!.id, text);
    const second = columnCards(getState(), h.session.id, h.groups[0]!.id)[1]!;
    await deleteCard(second.id);
    expect(h.shown(0)).toEqual(['Satu', 'Tiga']);
    const notice = useNotices.getState().notices.find((n) => n.action);
    expect(notice?.text).toBe('Kartu dihapus: “Dua”');
    expect(notice?.action?.label).toBe('Urungkan');
    notice?.action?.run();
    await expect.poll(() => h.saved(0)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(h.shown(0)).toEqual(['Satu', 'Dua', 'Tiga']);
  });

  it('shows cards another window adds, from the core’s events', async () => {
    const h = await harness();
    await call(h.core, 'cards.create', { id: crypto.randomUUID(), sessionId: h.session.id, groupId: h.groups[2]!.id, text: 'Dari jendela lain' });
    expect(h.shown(2)).toEqual(['Dari jendela lain']);
  });
});
