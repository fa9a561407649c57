// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard } from '../../../renderer/src/state/card-actions.ts';
import { moveCards } from '../../../renderer/src/state/move-actions.ts';
import { columnCards } from '../../../renderer/src/state/selectors.ts';
import { getState, upsertCards } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { call } from '../helpers/core.ts';
import { cardIdByText, noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  const ids = async (texts: string[], groupIndex: number | null) => {
    for (const text of texts) await addCard(h.session.id, groupIndex === null ? null : h.groups[groupIndex]!.id, text);
    return texts.map(cardIdByText);
  };
  const shown = (groupIndex: number | null) => columnCards(getState(), h.session.id, groupIndex === null ? null : h.groups[groupIndex]!.id).map((c) => c.text);
  const saved = async (groupIndex: number | null) =>
    (await call(h.core, 'sessions.board', { id: h.session.id })).cards.filter((c) => c.groupId === (groupIndex === null ? null : h.groups[groupIndex]!.id)).map((c) => c.text);
  return { ...h, ids, shown, saved };
}

describe('moving cards from the renderer', () => {
  it('takes the saved cards coming back a second time (the core’s event after the answer) without redrawing the board', async () => {
    const h = await harness();
    const [a, b] = await h.ids(['A', 'B'], 0);
    await moveCards([a!], { groupId: h.groups[1]!.id, afterCardId: null });
    const before = getState().cards;
    upsertCards([{ ...before[a!]! }, { ...before[b!]! }]);
    expect(getState().cards).toBe(before);
    upsertCards([{ ...before[b!]!, text: 'B, diubah di jendela lain' }]);
    expect(getState().cards).not.toBe(before);
    expect(getState().cards[b!]?.text).toBe('B, diubah di jendela lain');
    expect(getState().cards[a!]).toBe(before[a!]);
  });

  it('moves three selected cards out of the inbox at once, and undoes and redoes it as one step', async () => {
    const h = await harness();
    const [a, , c, d] = await h.ids(['A', 'B', 'C', 'D'], null);
    const pending = moveCards([a!, c!, d!], { groupId: h.groups[1]!.id, afterCardId: null });
    expect(h.shown(1)).toEqual(['A', 'C', 'D']);
    expect(await pending).toBe(true);
    expect(await h.saved(1)).toEqual(['A', 'C', 'D']);
    expect(await h.saved(null)).toEqual(['B']);
    await undo();
    expect(h.shown(null)).toEqual(['A', 'B', 'C', 'D']);
    expect(await h.saved(null)).toEqual(['A', 'B', 'C', 'D']);
    await redo();
    expect(await h.saved(1)).toEqual(['A', 'C', 'D']);
  });

  it('moves a card into the solution lane of a group and undo gives its kind back', async () => {
    const h = await harness();
    const [card] = await h.ids(['Modem bersama'], 0);
    await moveCards([card!], { groupId: h.groups[2]!.id, kind: 'solution', afterCardId: null });
    expect(getState().cards[card!]).toMatchObject({ kind: 'solution', groupId: h.groups[2]!.id });
    await undo();
    expect(getState().cards[card!]).toMatchObject({ kind: 'challenge', groupId: h.groups[0]!.id });
    expect((await call(h.core, 'sessions.board', { id: h.session.id })).cards[0]?.kind).toBe('challenge');
  });

  it('puts a card back and says why when the board was locked meanwhile', async () => {
    const h = await harness();
    const [card] = await h.ids(['Rak penuh'], 0);
    await call(h.core, 'sessions.lock', { id: h.session.id });
    expect(await moveCards([card!], { groupId: h.groups[1]!.id, afterCardId: null })).toBe(false);
    expect(h.shown(0)).toEqual(['Rak penuh']);
    expect(noticeTexts()).toContain('Papan ini dikunci. Buka kuncinya dulu untuk mengubah.');
  });

  it('does nothing for a drop where the card already is', async () => {
    const h = await harness();
    const [first, second] = await h.ids(['Satu', 'Dua'], 0);
    expect(await moveCards([second!], { groupId: h.groups[0]!.id, afterCardId: first! })).toBe(false);
    expect(h.shown(0)).toEqual(['Satu', 'Dua']);
  });
});
