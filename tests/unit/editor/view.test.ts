// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { useHistory } from '../../../renderer/src/editor/history.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { call } from '../helpers/core.ts';
import { openBoard, openTestEditor } from './test-editor.ts';

describe('the board as a whole: layout, lock, question, timer, own kinds', () => {
  it('switches to the group × kind grid at once and undo switches back', async () => {
    const t = await openTestEditor();
    const pending = t.run('layoutGrid');
    expect(getState().sessions[t.session.id]?.layout).toBe('grid');
    expect(t.editor.view()?.layout).toBe('grid');
    await pending;
    await t.press('Ctrl+Z');
    expect((await t.board()).session.layout).toBe('groups');
  });

  it('locks the board and undo unlocks it; redo locks it again', async () => {
    const t = await openTestEditor();
    await t.run('lock');
    expect((await t.board()).session.lockedAt).not.toBeNull();
    await t.press('Ctrl+Z');
    expect(getState().sessions[t.session.id]?.lockedAt).toBeNull();
    await t.press('Ctrl+Shift+Z');
    expect((await t.board()).session.lockedAt).not.toBeNull();
  });

  it('writes the guiding question, undoably', async () => {
    const t = await openTestEditor();
    await t.run('saveQuestion', { question: 'Apa tantangan terbesar perpustakaan desa?' });
    expect((await t.board()).session.question).toBe('Apa tantangan terbesar perpustakaan desa?');
    await t.press('Ctrl+Z');
    expect((await t.board()).session.question).toBe('');
  });

  it('runs the timer with Shift+T and its buttons, and never records it for undo', async () => {
    const t = await openTestEditor();
    await t.run('timerSet', { seconds: 300 });
    await t.press('Shift+T');
    expect(getState().sessions[t.session.id]?.timer.endsAt).not.toBeNull();
    await t.press('Shift+T');
    await t.run('timerAdd');
    const saved = (await t.board()).session.timer;
    expect(saved.endsAt).toBeNull();
    expect(saved.remainingMs).toBeGreaterThan(355_000);
    expect(useHistory.getState().past).toEqual([]);
  });

  it('adds, renames and removes a blank board’s own kind; removing moves its cards to "no kind" and undo puts them back', async () => {
    const t = await openTestEditor();
    const blank = await call(t.core, 'sessions.create', { workshopId: t.workshop.id, day: 1, title: 'Harapan & kekhawatiran', template: 'blank' });
    t.editor = await openBoard(blank.id);
    const board = () => call(t.core, 'sessions.board', { id: blank.id });
    const id = (await t.run('createKind', { label: 'Kekhawatiran', color: 'orange', icon: 'alert' })) as string;
    await t.run('updateKind', { id, fields: { label: 'Kekhawatiran peserta' } });
    expect((await board()).customKinds[0]).toMatchObject({ label: 'Kekhawatiran peserta', color: 'orange' });
    await t.press('Ctrl+Z');
    expect((await board()).customKinds[0]?.label).toBe('Kekhawatiran');
    await t.run('addCard', { column: { groupId: null, kind: 'note', customKindId: id, tag: null }, text: 'Tidak ada sinyal di desa' });
    await t.run('deleteKind', { id });
    expect((await board()).cards[0]?.customKindId).toBeNull();
    expect(t.card('Tidak ada sinyal di desa').customKindId).toBeNull();
    await t.press('Ctrl+Z');
    expect((await board()).cards[0]?.customKindId).toBe(id);
    expect((await board()).customKinds).toHaveLength(1);
  });

  it('adds a group from the board, and undo takes it away again', async () => {
    const t = await openTestEditor();
    await t.run('addGroup', { name: 'Pesawaran' });
    expect(t.editor.view()?.columns.map((c) => c.key)).toHaveLength(5);
    await t.press('Ctrl+Z');
    expect((await call(t.core, 'workshops.get', { id: t.workshop.id })).groups.map((g) => g.name)).not.toContain('Pesawaran');
    expect(t.editor.view()?.columns).toHaveLength(4);
  });

  it('/ puts the focus in the search box; the view shows only what matches', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat', 'Koleksi sedikit']);
    await t.press('/');
    expect(t.editor.ui.focus.target).toEqual({ kind: 'search' });
    t.editor.setUi((ui) => ({ filters: { ...ui.filters, text: 'internét' } }));
    expect(t.shown(0)).toEqual(['Internet lambat']);
    expect(t.editor.view()?.cells[t.groups[0]!.id]?.hidden).toBe(1);
  });
});
