// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard } from '../../../renderer/src/state/card-actions.ts';
import { dissolveCluster, mergeCards, renameCluster } from '../../../renderer/src/state/cluster-actions.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { redo, undo } from '../../../renderer/src/state/undo.ts';
import { call } from '../helpers/core.ts';
import { cardIdByText, noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness();
  await addCard(h.session.id, h.groups[0]!.id, 'Internet lambat');
  await addCard(h.session.id, h.groups[0]!.id, 'Koleksi sedikit');
  await addCard(h.session.id, h.groups[1]!.id, 'Sinyal lemah');
  const saved = async () => (await call(h.core, 'sessions.board', { id: h.session.id })).cards;
  return { ...h, id: cardIdByText, saved };
}

describe('merging duplicates from the renderer', () => {
  it('merges two cards of two groups, shows the cluster at once, and undo puts both back where they were', async () => {
    const h = await harness();
    const pending = mergeCards(h.session.id, [h.id('Internet lambat'), h.id('Sinyal lemah')], 'Jaringan internet');
    const clusterId = Object.values(getState().clusters)[0]?.id;
    expect(getState().cards[h.id('Sinyal lemah')]).toMatchObject({ clusterId, groupId: h.groups[0]!.id });
    expect(await pending).toBe(clusterId);
    expect((await h.saved()).filter((c) => c.clusterId === clusterId)).toHaveLength(2);

    await undo();
    const back = await h.saved();
    expect(back.find((c) => c.text === 'Sinyal lemah')).toMatchObject({ groupId: h.groups[1]!.id, clusterId: null });
    expect((await call(h.core, 'sessions.board', { id: h.session.id })).clusters).toEqual([]);
    expect(getState().cards[h.id('Sinyal lemah')]?.groupId).toBe(h.groups[1]!.id);

    await redo();
    expect((await h.saved()).filter((c) => c.clusterId === clusterId).map((c) => c.text)).toEqual(['Internet lambat', 'Sinyal lemah']);
  });

  it('renames a cluster and undoes the new name', async () => {
    const h = await harness();
    const clusterId = (await mergeCards(h.session.id, [h.id('Internet lambat'), h.id('Koleksi sedikit')], 'Dua hal'))!;
    await renameCluster(clusterId, 'Sarana perpustakaan');
    expect((await call(h.core, 'sessions.board', { id: h.session.id })).clusters[0]?.title).toBe('Sarana perpustakaan');
    await undo();
    expect(getState().clusters[clusterId]?.title).toBe('Dua hal');
    expect((await call(h.core, 'sessions.board', { id: h.session.id })).clusters[0]?.title).toBe('Dua hal');
  });

  it('dissolves a cluster and undo brings it back with its cards', async () => {
    const h = await harness();
    const clusterId = (await mergeCards(h.session.id, [h.id('Internet lambat'), h.id('Koleksi sedikit')], 'Dua hal'))!;
    await dissolveCluster(clusterId);
    expect((await h.saved()).every((c) => c.clusterId === null)).toBe(true);
    await undo();
    expect((await h.saved()).filter((c) => c.clusterId === clusterId)).toHaveLength(2);
    expect(getState().clusters[clusterId]?.deletedAt).toBeNull();
  });

  it('refuses a blank title with a message and leaves the cards as they were', async () => {
    const h = await harness();
    expect(await mergeCards(h.session.id, [h.id('Internet lambat'), h.id('Koleksi sedikit')], '   ')).toBeNull();
    expect(Object.values(getState().clusters)).toEqual([]);
    expect((await h.saved()).every((c) => c.clusterId === null)).toBe(true);
    expect(noticeTexts()).toContain('Judul wajib diisi.');
  });
});
