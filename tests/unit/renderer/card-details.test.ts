// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard, addCards, deleteCards, updateCardDetails } from '../../../renderer/src/state/card-actions.ts';
import { columnCards } from '../../../renderer/src/state/selectors.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { call } from '../helpers/core.ts';
import { noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  const shown = (groupIndex: number) => columnCards(getState(), h.session.id, h.groups[groupIndex]!.id).map((c) => c.text);
  const saved = async () => (await call(h.core, 'sessions.board', { id: h.session.id })).cards;
  return { ...h, shown, saved };
}

describe('card details, pasted lines and deleting a selection', () => {
  it('writes an action plan’s who, by when and indicator, and undo clears exactly those', async () => {
    const h = await harness();
    await addCard(h.session.id, h.groups[0]!.id, 'Kelas TIK untuk remaja', { kind: 'action' });
    const id = Object.values(getState().cards)[0]!.id;
    await updateCardDetails(id, { who: 'Pengelola perpustakaan', byWhen: 'Maret 2020', indicator: '20 remaja ikut' });
    expect((await h.saved())[0]).toMatchObject({ kind: 'action', who: 'Pengelola perpustakaan', byWhen: 'Maret 2020', indicator: '20 remaja ikut' });
    await undo();
    expect((await h.saved())[0]).toMatchObject({ who: null, byWhen: null, indicator: null, text: 'Kelas TIK untuk remaja' });
  });

  it('tags an achievement with a TPBIS strategy, and a card of spaces only is refused with a message', async () => {
    const h = await harness();
    await addCard(h.session.id, h.groups[1]!.id, 'Pelatihan menjahit', { kind: 'achievement', tag: 'community' });
    expect((await h.saved())[0]).toMatchObject({ kind: 'achievement', tag: 'community' });
    const id = Object.values(getState().cards)[0]!.id;
    await updateCardDetails(id, { text: '    ' });
    expect(getState().cards[id]?.text).toBe('Pelatihan menjahit');
    expect(noticeTexts()).toContain('Teks kartu wajib diisi.');
  });

  it('makes one card per pasted line, undone and redone together', async () => {
    const h = await harness();
    expect(await addCards(h.session.id, { groupId: h.groups[2]!.id, kind: 'challenge' }, ['Internet lambat', '', '  Rak penuh ', 'Jam buka pendek'])).toBe(3);
    expect(h.shown(2)).toEqual(['Internet lambat', 'Rak penuh', 'Jam buka pendek']);
    await undo();
    expect(await h.saved()).toEqual([]);
    await redo();
    expect((await h.saved()).map((c) => c.text)).toEqual(['Internet lambat', 'Rak penuh', 'Jam buka pendek']);
  });

  it('deletes three selected cards at once, with one message and one undo', async () => {
    const h = await harness();
    for (const text of ['A', 'B', 'C', 'D']) await addCard(h.session.id, h.groups[0]!.id, text);
    const ids = columnCards(getState(), h.session.id, h.groups[0]!.id).slice(0, 3).map((c) => c.id);
    await deleteCards(ids);
    expect(h.shown(0)).toEqual(['D']);
    expect(noticeTexts()).toContain('3 kartu dihapus');
    await undo();
    expect((await h.saved()).map((c) => c.text)).toEqual(['A', 'B', 'C', 'D']);
  });
});
