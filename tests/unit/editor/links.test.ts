// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openTestEditor } from './test-editor.ts';

async function board() {
  const t = await openTestEditor();
  await t.type(0, ['Internet lambat']);
  await t.type(0, ['Modem bersama'], 'solution');
  await t.type(1, ['Komputer sedikit']);
  const savedLinks = async () => (await t.board()).links;
  return Object.assign(t, { savedLinks });
}

describe('links between cards', () => {
  it('L on a challenge, then L on the solution: one link, the solution answering; undone and redone', async () => {
    const t = await board();
    t.focusCard('Internet lambat');
    await t.press('L');
    expect(t.editor.ui.linkFrom).toBe(t.card('Internet lambat').id);
    t.focusCard('Modem bersama');
    expect(await t.press('L')).toBe(true);
    expect(t.editor.ui.linkFrom).toBeNull();
    expect(await t.savedLinks()).toEqual([expect.objectContaining({ fromCardId: t.card('Modem bersama').id, toCardId: t.card('Internet lambat').id })]);
    await t.press('Ctrl+Z');
    expect(await t.savedLinks()).toEqual([]);
    expect(t.editor.links.all().every((l) => l.deletedAt !== null)).toBe(true);
    await t.press('Ctrl+Shift+Z');
    expect(await t.savedLinks()).toHaveLength(1);
  });

  it('refuses two challenges with a message, shows no link, and keeps the start for another try', async () => {
    const t = await board();
    t.focusCard('Internet lambat');
    await t.press('L');
    expect(await t.run('linkTo', { cardId: t.card('Komputer sedikit').id })).toBe(false);
    expect(t.editor.links.all()).toEqual([]);
    expect(t.notices()).toContain('Kartu ini tidak bisa dihubungkan: solusi menjawab tantangan, dan rencana menjalankan solusi.');
    expect(t.editor.ui.linkFrom).toBe(t.card('Internet lambat').id);
    await t.run('finishLinking');
    expect(t.editor.ui.linkFrom).toBeNull();
  });

  it('C highlights the chain of the focused card, and again lets it go', async () => {
    const t = await board();
    t.focusCard('Modem bersama');
    await t.press('C');
    expect(t.editor.ui.chainOf).toBe(t.card('Modem bersama').id);
    await t.press('C');
    expect(t.editor.ui.chainOf).toBeNull();
  });
});
