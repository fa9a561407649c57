// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useNotices } from '../../../renderer/src/editor/notices.ts';
import { openTestEditor } from './test-editor.ts';

describe('card commands', () => {
  it('edits a card in place (Enter, then Enter) and undoes the edit', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambar']);
    t.focusCard('Internet lambar');
    await t.press('Enter');
    expect(t.editor.ui.editing).toBe(t.card('Internet lambar').id);
    await t.run('saveEdit', { text: 'Internet lambat' }, { cardId: t.card('Internet lambar').id });
    expect(t.editor.ui.editing).toBeNull();
    expect(t.editor.ui.focus.target).toEqual({ kind: 'card', id: t.card('Internet lambat').id });
    expect(await t.saved(0)).toEqual(['Internet lambat']);
    await t.press('Ctrl+Z');
    expect(t.shown(0)).toEqual(['Internet lambar']);
    expect(await t.saved(0)).toEqual(['Internet lambar']);
  });

  it('writes an action plan’s who, by when and indicator, sends only what changed, and undo clears exactly those', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Kelas TIK untuk remaja'], 'action');
    const id = t.card('Kelas TIK untuk remaja').id;
    const details = { text: ' Kelas TIK untuk remaja ', who: 'Pengelola perpustakaan', byWhen: 'Maret 2020', indicator: '20 remaja ikut', author: '' };
    const pending = t.run('saveDetails', { details }, { cardId: id });
    expect(t.editor.cards.get(id)).toMatchObject({ who: 'Pengelola perpustakaan', author: null });
    await pending;
    expect((await t.board()).cards[0]).toMatchObject({ kind: 'action', who: 'Pengelola perpustakaan', byWhen: 'Maret 2020', indicator: '20 remaja ikut', revision: 2 });
    await t.press('Ctrl+Z');
    expect((await t.board()).cards[0]).toMatchObject({ who: null, byWhen: null, indicator: null, text: 'Kelas TIK untuk remaja' });
  });

  it('K cycles a card’s kind and T its strategy, each undoable', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Modem bersama'], 'challenge');
    t.focusCard('Modem bersama');
    await t.press('K');
    expect(t.card('Modem bersama').kind).toBe('solution');
    expect(await t.press('T')).toBeUndefined();
    await t.press('Ctrl+Z');
    expect((await t.board()).cards[0]?.kind).toBe('challenge');
  });

  it('deletes the focused card with Delete, moves the focus to the next, and Urungkan brings it back', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Satu', 'Dua', 'Tiga']);
    t.focusCard('Dua');
    await t.press('Delete');
    expect(t.shown(0)).toEqual(['Satu', 'Tiga']);
    expect(t.editor.ui.focus.target).toEqual({ kind: 'card', id: t.card('Tiga').id });
    const notice = useNotices.getState().notices.find((n) => n.action);
    expect(notice?.text).toBe('Kartu dihapus: “Dua”');
    expect(notice?.action?.label).toBe('Urungkan');
    notice?.action?.run();
    await expect.poll(() => t.saved(0)).toEqual(['Satu', 'Dua', 'Tiga']);
    expect(t.shown(0)).toEqual(['Satu', 'Dua', 'Tiga']);
  });

  it('deletes three selected cards in one change, with one message and one undo; the last card’s field gets the focus', async () => {
    const t = await openTestEditor();
    await t.type(0, ['A', 'B', 'C']);
    for (const text of ['A', 'B', 'C']) await t.run('select', undefined, { cardId: t.card(text).id });
    const saves = t.core.events.length;
    await t.run('delete', undefined, { cardId: t.card('B').id });
    expect(t.shown(0)).toEqual([]);
    expect(t.core.events.slice(saves).map((e) => e.type)).toEqual(['cards.saved']);
    expect(t.notices()).toContain('3 kartu dihapus');
    expect(t.editor.ui.focus.target).toEqual({ kind: 'capture', column: t.groups[0]!.id });
    // The empty field has nothing of its own to undo: Ctrl+Z there undoes the deletion.
    expect(await t.press('Ctrl+Z', { typing: true })).toBeUndefined();
    await t.press('Ctrl+Z', { typing: true, emptyField: true });
    expect(await t.saved(0)).toEqual(['A', 'B', 'C']);
  });

  it('moves the focus down and up a column with the arrows, through the editor’s view', async () => {
    const t = await openTestEditor();
    await t.type(1, ['Atas', 'Tengah', 'Bawah']);
    t.focusCard('Atas');
    await t.press('ArrowDown');
    await t.press('ArrowDown');
    expect(t.editor.ui.focus.target).toEqual({ kind: 'card', id: t.card('Bawah').id });
    await t.press('ArrowUp');
    expect(t.editor.ui.focus.target).toEqual({ kind: 'card', id: t.card('Tengah').id });
  });

  it('does nothing that changes a locked board, and says nothing either', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Rak penuh']);
    await t.run('lock');
    t.focusCard('Rak penuh');
    expect(await t.press('Delete')).toBeUndefined();
    expect(t.shown(0)).toEqual(['Rak penuh']);
  });
});
