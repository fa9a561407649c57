// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { spotOf, type Placement } from '#shared/board/placement.ts';
import type { Card } from '#shared/model.ts';
import { call } from '../helpers/core.ts';
import { openTestEditor, type TestEditor } from './test-editor.ts';

const ids = (t: TestEditor, texts: string[]) => texts.map((text) => t.card(text).id);

describe('sorting: moves, merges, the selection', () => {
  it('moves a card to another group, shown at once, and undoes and redoes the move', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat']);
    await t.type(1, ['Sinyal lemah']);
    const pending = t.run('moveCards', { ids: ids(t, ['Internet lambat']), to: { groupId: t.groups[1]!.id, afterCardId: t.card('Sinyal lemah').id } });
    expect(t.shown(1)).toEqual(['Sinyal lemah', 'Internet lambat']);
    await pending;
    expect(await t.saved(1)).toEqual(['Sinyal lemah', 'Internet lambat']);
    await t.press('Ctrl+Z');
    expect(t.shown(0)).toEqual(['Internet lambat']);
    expect(await t.saved(0)).toEqual(['Internet lambat']);
    await t.press('Ctrl+Y');
    expect(await t.saved(1)).toEqual(['Sinyal lemah', 'Internet lambat']);
  });

  it('moves three selected cards out of the inbox at once, lets the selection go, and undoes them as one step', async () => {
    const t = await openTestEditor();
    await t.type(null, ['A', 'B', 'C', 'D']);
    for (const text of ['A', 'C', 'D']) await t.run('select', undefined, { cardId: t.card(text).id });
    const pending = t.run('moveCards', { ids: ids(t, ['A', 'C', 'D']), to: { groupId: t.groups[1]!.id, afterCardId: null } });
    expect(t.shown(1)).toEqual(['A', 'C', 'D']);
    expect(t.editor.ui.selection).toEqual([]);
    await pending;
    expect(await t.saved(null)).toEqual(['B']);
    await t.press('Ctrl+Z');
    expect(t.shown(null)).toEqual(['A', 'B', 'C', 'D']);
    expect(await t.saved(null)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('previews every move exactly where the core puts it: lanes, clusters, first, after a card', async () => {
    const t = await openTestEditor();
    await t.type(0, ['T1', 'T2', 'T3']);
    await t.type(1, ['W1', 'W2'], 'solution');
    await t.run('mergeCards', { ids: ids(t, ['T2', 'T3']), title: 'Dua tantangan' });
    const moves: Array<[string[], Placement]> = [
      [['W1'], { groupId: t.groups[0]!.id, afterCardId: t.card('T2').id }],
      [['T1', 'W2'], { groupId: t.groups[2]!.id, kind: 'solution', afterCardId: null }],
      [['T2', 'T3'], { groupId: null, afterCardId: null }],
      [['W1'], { kind: 'challenge', afterCardId: t.card('T2').id }],
    ];
    for (const [texts, to] of moves) {
      const pending = t.run('moveCards', { ids: ids(t, texts), to });
      const preview = texts.map((text) => spotOf(t.card(text)));
      const saved = (await pending) as Card[] | undefined;
      expect(t.notices()).toEqual([]);
      expect(saved?.map(spotOf)).toEqual(preview);
    }
  });

  it('puts a card back and says why when the board was locked in another window meanwhile', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Rak penuh']);
    t.close();
    await call(t.core, 'sessions.lock', { id: t.session.id });
    expect(await t.run('moveCards', { ids: ids(t, ['Rak penuh']), to: { groupId: t.groups[1]!.id, afterCardId: null } })).toBeUndefined();
    expect(t.shown(0)).toEqual(['Rak penuh']);
    expect(t.notices()).toContain('Papan ini dikunci. Buka kuncinya dulu untuk mengubah.');
  });

  it('saves nothing for a drop where the card already is', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Satu', 'Dua']);
    const saves = t.core.events.length;
    expect(await t.run('moveCards', { ids: ids(t, ['Dua']), to: { groupId: t.groups[0]!.id, afterCardId: t.card('Satu').id } })).toBeNull();
    expect(t.core.events.length).toBe(saves);
  });

  it('merges two cards of two groups (M, then a title), each staying in its group, shows the cluster at once, and undo puts both back', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat', 'Koleksi sedikit']);
    await t.type(1, ['Sinyal lemah']);
    await t.run('select', undefined, { cardId: t.card('Sinyal lemah').id });
    await t.run('select', undefined, { cardId: t.card('Internet lambat').id });
    t.focusCard('Internet lambat');
    await t.press('M');
    expect(t.editor.ui.merging).toEqual(ids(t, ['Internet lambat', 'Sinyal lemah']));
    const pending = t.run('mergeCards', { ids: t.editor.ui.merging!, title: 'Jaringan internet' });
    const clusterId = t.card('Sinyal lemah').clusterId!;
    expect(t.card('Sinyal lemah')).toMatchObject({ clusterId, groupId: t.groups[1]!.id });
    expect(await pending).toBe(clusterId);
    expect(t.editor.ui.selection).toEqual([]);
    await t.press('Ctrl+Z');
    expect((await t.board()).cards.find((c) => c.text === 'Sinyal lemah')).toMatchObject({ groupId: t.groups[1]!.id, clusterId: null });
    expect((await t.board()).clusters).toEqual([]);
    expect(t.card('Sinyal lemah').groupId).toBe(t.groups[1]!.id);
    await t.press('Ctrl+Shift+Z');
    expect((await t.board()).cards.filter((c) => c.clusterId === clusterId).map((c) => c.text)).toEqual(['Internet lambat', 'Sinyal lemah']);
    // Undone again after the redo: back where they were, not only out of the cluster.
    await t.press('Ctrl+Z');
    expect(await t.saved(1)).toEqual(['Sinyal lemah']);
  });

  it('renames a cluster and dissolves it (Shift+M); each undoes', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat', 'Koleksi sedikit']);
    const clusterId = (await t.run('mergeCards', { ids: ids(t, ['Internet lambat', 'Koleksi sedikit']), title: 'Dua hal' })) as string;
    await t.run('renameCluster', { clusterId, title: 'Sarana perpustakaan' });
    expect((await t.board()).clusters[0]?.title).toBe('Sarana perpustakaan');
    await t.press('Ctrl+Z');
    expect(t.editor.clusters.get(clusterId)?.title).toBe('Dua hal');
    t.focusCard('Koleksi sedikit');
    await t.press('Shift+M');
    expect((await t.board()).cards.every((c) => c.clusterId === null)).toBe(true);
    await t.press('Ctrl+Z');
    expect((await t.board()).cards.filter((c) => c.clusterId === clusterId)).toHaveLength(2);
    expect(t.editor.clusters.get(clusterId)?.deletedAt).toBeNull();
  });

  it('refuses a blank cluster title with a message and leaves the cards as they were', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat', 'Koleksi sedikit']);
    expect(await t.run('mergeCards', { ids: ids(t, ['Internet lambat', 'Koleksi sedikit']), title: '   ' })).toBeUndefined();
    expect(t.editor.clusters.all()).toEqual([]);
    expect(t.notices()).toContain('Judul wajib diisi.');
  });

  it('Esc lets go of the selection; X selects the focused card', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Satu']);
    t.focusCard('Satu');
    await t.press('X');
    expect(t.editor.ui.selection).toEqual(ids(t, ['Satu']));
    await t.press('Escape');
    expect(t.editor.ui.selection).toEqual([]);
  });
});
