// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard } from '../../../renderer/src/state/card-actions.ts';
import { createKind, deleteKind, updateKind } from '../../../renderer/src/state/kind-actions.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { loadBoard } from '../../../renderer/src/state/workshop-actions.ts';
import { call } from '../helpers/core.ts';
import { openBoardHarness } from './harness.ts';

async function blankBoard() {
  const h = await openBoardHarness();
  const blank = await call(h.core, 'sessions.create', { workshopId: h.workshop.id, day: 1, title: 'Harapan & kekhawatiran', template: 'blank' });
  await loadBoard(blank.id);
  const board = () => call(h.core, 'sessions.board', { id: blank.id });
  return { ...h, blank, board };
}

describe('a blank board’s own kinds from the renderer', () => {
  it('adds a kind and undo removes it', async () => {
    const h = await blankBoard();
    const id = (await createKind(h.blank.id, { label: 'Harapan', color: 'green', icon: 'heart' }))!;
    expect((await h.board()).customKinds.map((k) => k.label)).toEqual(['Harapan']);
    await undo();
    expect((await h.board()).customKinds).toEqual([]);
    await redo();
    expect((await h.board()).customKinds.map((k) => k.id)).toEqual([id]);
  });

  it('renames a kind and undo gives the old name back', async () => {
    const h = await blankBoard();
    const id = (await createKind(h.blank.id, { label: 'Harapan', color: 'green', icon: 'heart' }))!;
    await updateKind(id, { label: 'Harapan peserta', color: 'blue' });
    expect((await h.board()).customKinds[0]).toMatchObject({ label: 'Harapan peserta', color: 'blue' });
    await undo();
    expect((await h.board()).customKinds[0]).toMatchObject({ label: 'Harapan', color: 'green' });
  });

  it('removing a kind moves its cards to "no kind"; undo puts them back in it', async () => {
    const h = await blankBoard();
    const id = (await createKind(h.blank.id, { label: 'Kekhawatiran', color: 'orange', icon: 'alert' }))!;
    await addCard(h.blank.id, null, 'Tidak ada sinyal di desa', { kind: 'note', customKindId: id });
    await deleteKind(id);
    expect((await h.board()).cards[0]?.customKindId).toBeNull();
    expect(Object.values(getState().cards).find((c) => c.sessionId === h.blank.id)?.customKindId).toBeNull();
    await undo();
    expect((await h.board()).cards[0]?.customKindId).toBe(id);
    expect((await h.board()).customKinds).toHaveLength(1);
  });
});
