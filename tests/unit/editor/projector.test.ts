// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openTestEditor } from './test-editor.ts';

describe('projector mode', () => {
  it('P turns it on; +, - and 0 zoom; arrows spotlight a group at a time; Esc lets go, then leaves', async () => {
    const t = await openTestEditor();
    await t.type(1, ['Sinyal lemah']);
    await t.press('P');
    expect(t.editor.ui.projector.on).toBe(true);
    await t.press('+');
    await t.press('+');
    expect(t.editor.ui.projector.zoom).toBe(1.5);
    await t.press('-');
    await t.press('0');
    expect(t.editor.ui.projector.zoom).toBe(1);
    // The empty inbox is skipped: the first group first.
    await t.press('ArrowRight');
    expect(t.editor.ui.projector.focus).toEqual({ type: 'column', key: t.groups[0]!.id });
    await t.press('ArrowLeft');
    expect(t.editor.ui.projector.focus).toEqual({ type: 'column', key: t.groups[2]!.id });
    await t.press('Escape');
    expect(t.editor.ui.projector).toMatchObject({ on: true, focus: null });
    await t.press('Escape');
    expect(t.editor.ui.projector.on).toBe(false);
  });

  it('Enter spotlights the focused card; board keys rest meanwhile', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat']);
    await t.press('P');
    t.focusCard('Internet lambat');
    expect(await t.press('Delete')).toBeUndefined();
    await t.press('Enter');
    expect(t.editor.ui.projector.focus).toEqual({ type: 'card', id: t.card('Internet lambat').id });
    expect(t.shown(0)).toEqual(['Internet lambat']);
  });
});

describe('pages of groups on the projector', () => {
  it('PageDown and PageUp step through the pages the view planned, wrapping; Esc after a spotlight returns to its page', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Sinyal lemah']);
    await t.press('P');
    const [a, b, c] = t.groups.map((g) => g.id);
    t.editor.setUi((ui) => ({ projector: { ...ui.projector, pages: [[a!, b!], [c!]] } }));
    await t.press('PageDown');
    expect(t.editor.ui.projector.page).toBe(1);
    await t.press('PageDown');
    expect(t.editor.ui.projector.page).toBe(0);
    await t.press('PageUp');
    expect(t.editor.ui.projector.page).toBe(1);
    // Spotlight the first group (on page 0), then let go: the view goes back to that group's page.
    await t.press('ArrowRight');
    expect(t.editor.ui.projector.focus).toEqual({ type: 'column', key: a });
    await t.press('PageDown');
    expect(t.editor.ui.projector.page).toBe(1);
    await t.press('Escape');
    expect(t.editor.ui.projector).toMatchObject({ focus: null, page: 0 });
  });

  it('leaving projector mode gives the focus back to the projector button', async () => {
    const t = await openTestEditor();
    await t.press('P');
    await t.press('Escape');
    expect(t.editor.ui.focus.target).toEqual({ kind: 'tool', name: 'projector' });
  });
});
