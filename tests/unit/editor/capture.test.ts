// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../../renderer/src/editor/history.ts';
import { openTestEditor } from './test-editor.ts';

describe('capture: writing cards into a column', () => {
  it('shows a new card before the core answers, then keeps the saved one', async () => {
    const t = await openTestEditor();
    const pending = t.run('addCard', { column: t.column(0), text: 'Koleksi buku sedikit' });
    expect(t.shown(0)).toEqual(['Koleksi buku sedikit']);
    await pending;
    expect(await t.saved(0)).toEqual(['Koleksi buku sedikit']);
    expect(t.card('Koleksi buku sedikit').revision).toBe(1);
  });

  it('takes a refused card back off the board and says why in Bahasa Indonesia', async () => {
    const t = await openTestEditor();
    const pending = t.run('addCard', { column: t.column(0), text: 'x'.repeat(1001) });
    expect(t.shown(0)).toHaveLength(1);
    expect(await pending).toBeUndefined();
    expect(t.shown(0)).toEqual([]);
    expect(t.notices()).toContain('Teks kartu terlalu panjang (maksimal 1000 karakter).');
    expect(await t.saved(0)).toEqual([]);
    expect(useHistory.getState().past).toEqual([]);
  });

  it('refuses a card of spaces only with a message, and shows nothing meanwhile', async () => {
    const t = await openTestEditor();
    const pending = t.run('addCard', { column: t.column(1), text: '    ' });
    expect(t.shown(1)).toEqual([]);
    await pending;
    expect(t.notices()).toContain('Teks kartu wajib diisi.');
  });

  it('pastes thirty lines as one call, one transaction and one undo step', async () => {
    const t = await openTestEditor();
    const lines = Array.from({ length: 30 }, (_, i) => `Tantangan ${i + 1}`);
    const saves = t.core.events.length;
    const calls = t.calls.length;
    await t.run('pasteLines', { column: t.column(2), lines: ['', ...lines, '   '] });
    expect(t.shown(2)).toEqual(lines);
    // One call; one commit announces all thirty (a transaction emits its events once it has committed).
    expect(t.calls.slice(calls)).toEqual(['cards.createMany']);
    expect(t.core.events.slice(saves).map((e) => [e.type, 'cards' in e ? e.cards.length : 0])).toEqual([['cards.saved', 30]]);
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['paste']);
    await t.press('Ctrl+Z');
    expect(await t.saved(2)).toEqual([]);
    expect(t.shown(2)).toEqual([]);
    await t.press('Ctrl+Shift+Z');
    expect(await t.saved(2)).toEqual(lines);
  });

  it('writes the kind chosen with Alt+2, and an achievement under its TPBIS strategy', async () => {
    const t = await openTestEditor();
    await t.press('Alt+2', { typing: true });
    expect(t.editor.ui.captureKind).toBe('solution');
    expect(await t.press('Alt+3', { typing: true })).toBeUndefined();
    await t.run('captureTag', { tag: 'community' });
    expect(t.editor.ui.captureTag).toBe('community');
    await t.run('addCard', { column: t.column(0, 'achievement', { tag: 'community' }), text: 'Pelatihan menjahit' });
    expect((await t.board()).cards[0]).toMatchObject({ kind: 'achievement', tag: 'community' });
  });

  it('N and Alt+arrows move between the columns’ fields, from the editor’s focus', async () => {
    const t = await openTestEditor();
    await t.press('N');
    expect(t.editor.ui.focus.target).toEqual({ kind: 'capture', column: 'inbox' });
    await t.press('Alt+ArrowRight', { typing: true });
    expect(t.editor.ui.focus.target).toEqual({ kind: 'capture', column: t.groups[0]!.id });
    await t.press('Alt+ArrowLeft', { typing: true });
    await t.press('Alt+ArrowLeft', { typing: true });
    expect(t.editor.ui.focus.target).toEqual({ kind: 'capture', column: t.groups[2]!.id });
  });
});
