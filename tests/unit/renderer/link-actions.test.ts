// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard } from '../../../renderer/src/state/card-actions.ts';
import { linkCards, unlink } from '../../../renderer/src/state/link-actions.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { call } from '../helpers/core.ts';
import { cardIdByText, noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  await addCard(h.session.id, h.groups[0]!.id, 'Internet lambat');
  await addCard(h.session.id, h.groups[0]!.id, 'Modem bersama', { kind: 'solution' });
  await addCard(h.session.id, h.groups[1]!.id, 'Komputer sedikit');
  const savedLinks = async () => (await call(h.core, 'sessions.board', { id: h.session.id })).links;
  return { ...h, id: cardIdByText, savedLinks };
}

describe('links from the renderer', () => {
  it('links a challenge to a solution in either order (the solution is what answers)', async () => {
    const h = await harness();
    expect(await linkCards(h.id('Internet lambat'), h.id('Modem bersama'))).toBe(true);
    expect(await h.savedLinks()).toEqual([expect.objectContaining({ fromCardId: h.id('Modem bersama'), toCardId: h.id('Internet lambat') })]);
    await undo();
    expect(await h.savedLinks()).toEqual([]);
    expect(Object.values(getState().links).every((l) => l.deletedAt !== null)).toBe(true);
    await redo();
    expect(await h.savedLinks()).toHaveLength(1);
  });

  it('unlinks and undo links again', async () => {
    const h = await harness();
    await linkCards(h.id('Modem bersama'), h.id('Internet lambat'));
    const [link] = await h.savedLinks();
    await unlink(link!.id);
    expect(await h.savedLinks()).toEqual([]);
    await undo();
    expect((await h.savedLinks()).map((l) => l.id)).toEqual([link!.id]);
  });

  it('refuses two challenges with a message and shows no link', async () => {
    const h = await harness();
    expect(await linkCards(h.id('Internet lambat'), h.id('Komputer sedikit'))).toBe(false);
    expect(Object.values(getState().links)).toEqual([]);
    expect(await h.savedLinks()).toEqual([]);
    expect(noticeTexts()).toContain('Kartu ini tidak bisa dihubungkan: solusi menjawab tantangan, dan rencana menjalankan solusi.');
  });
});
