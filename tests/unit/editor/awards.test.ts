// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rankCategory } from '#shared/awards.ts';
import { addCategory, addJuror, deleteCategory, deleteJuror, loadAwards, setScores, updateCategory, type CategoryFields } from '../../../renderer/src/editor/actions/awards.ts';
import { applyEvent } from '../../../renderer/src/editor/events.ts';
import { useHistory } from '../../../renderer/src/editor/history.ts';
import { useNotices } from '../../../renderer/src/editor/notices.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { parseScoreBlock } from '../../../renderer/src/features/awards/score-paste.ts';
import { call } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

const VILLAGES = ['Desa Wonosari', 'Desa Jangkang', 'Desa Muntai', 'Desa Damai'];

async function setup() {
  const t = await openTestEditor(VILLAGES);
  await loadAwards(t.workshop.id);
  const fields = (criteria: CategoryFields['criteria']): CategoryFields => ({ workshopId: t.workshop.id, name: 'Perpustakaan Desa Terbaik', description: '', entrants: 'groups', winners: 3, criteria });
  const book = () => getState().awardBooks[t.workshop.id]!;
  const savedBook = () => call(t.core, 'awards.get', { workshopId: t.workshop.id });
  /** The calls this window sends to the core from now on, by method. */
  const calls: string[] = [];
  const invoke = window.rembuk!.invoke;
  window.rembuk!.invoke = (method, input) => {
    calls.push(method);
    return invoke(method, input);
  };
  return Object.assign(t, { fields, book, savedBook, calls });
}

/** A category with two weighted criteria and one juror, as the awards page makes them. */
async function scoredCategory(t: Awaited<ReturnType<typeof setup>>) {
  const id = (await addCategory(t.fields([{ name: 'Peningkatan layanan', weight: 60 }, { name: 'Pelibatan masyarakat', weight: 40 }])))!;
  await addJuror(t.workshop.id, 'Riki Arianto');
  const category = t.book().categories.find((c) => c.id === id)!;
  const jurorId = t.book().jurors[0]!.id;
  const cell = (row: number, column: number) => ({ criterionId: category.criteria[column]!.id, jurorId, entrantId: t.groups[row]!.id });
  return { id, category, jurorId, cell };
}

describe('awards on the mutation runner', () => {
  it('adds a category and edits it; undo takes the edit back (a criterion with its scores), then the category', async () => {
    const t = await setup();
    const { id, category, cell } = await scoredCategory(t);
    await setScores(t.workshop.id, [{ ...cell(0, 1), score: 75 }]);
    await updateCategory(id, { ...t.fields([{ id: category.criteria[0]!.id, name: 'Layanan', weight: 100 }]), winners: 1 });
    expect(t.book().categories[0]).toMatchObject({ winners: 1, criteria: [{ name: 'Layanan', weight: 100 }] });
    expect(t.book().scores).toEqual([]);

    await t.press('Ctrl+Z');
    expect((await t.savedBook()).categories[0]).toMatchObject({ winners: 3, criteria: [{ name: 'Peningkatan layanan' }, { name: 'Pelibatan masyarakat' }] });
    expect(t.book().scores).toEqual([{ ...cell(0, 1), score: 75 }]);
    await t.press('Ctrl+Z');
    await t.press('Ctrl+Z');
    await t.press('Ctrl+Z');
    expect((await t.savedBook()).categories).toEqual([]);
    expect(t.notices()).toContain('Dibatalkan: menambah kategori penghargaan');
    // Redo makes the very same category, criteria and ids.
    await t.press('Ctrl+Shift+Z');
    expect((await t.savedBook()).categories.map((c) => [c.id, c.criteria.map((k) => k.id)])).toEqual([[id, category.criteria.map((k) => k.id)]]);
  });

  it('saves a form that changed nothing as no step', async () => {
    const t = await setup();
    const { id, category } = await scoredCategory(t);
    expect(await updateCategory(id, t.fields(category.criteria.map(({ id, name, weight }) => ({ id, name: ` ${name} `, weight }))))).toBeNull();
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['addCategory', 'addJuror']);
  });

  it('deletes a category and a juror with Urungkan in the notice; each comes back with its scores', async () => {
    const t = await setup();
    const { id, cell } = await scoredCategory(t);
    await setScores(t.workshop.id, [{ ...cell(0, 0), score: 80 }, { ...cell(1, 0), score: 90 }]);
    const scores = t.book().scores;

    await deleteCategory(t.workshop.id, id);
    expect(t.book().categories).toEqual([]);
    const notice = useNotices.getState().notices.find((n) => n.action);
    expect(notice?.text).toBe('Kategori Perpustakaan Desa Terbaik dihapus.');
    notice?.action?.run();
    await expect.poll(() => t.book().categories.map((c) => c.id)).toEqual([id]);
    expect(t.book().scores).toEqual(scores);

    await deleteJuror(t.workshop.id, t.book().jurors[0]!.id);
    expect(t.book()).toMatchObject({ jurors: [], scores: [] });
    expect(t.notices()).toContain('Juri Riki Arianto dihapus.');
    await t.press('Ctrl+Z');
    expect((await t.savedBook()).scores).toEqual(scores);
    expect(t.book().jurors.map((j) => j.name)).toEqual(['Riki Arianto']);
  });

  it('shows a typed score at once, ranks with it, and undoes it', async () => {
    const t = await setup();
    const { category, cell } = await scoredCategory(t);
    const saving = setScores(t.workshop.id, [{ ...cell(2, 0), score: 88 }]);
    expect(t.book().scores).toEqual([{ ...cell(2, 0), score: 88 }]);
    await saving;
    const entrants = t.groups.map((g) => ({ id: g.id, name: g.name }));
    expect(rankCategory(category, t.book().scores, entrants)[0]).toMatchObject({ entrant: { name: 'Desa Muntai' }, place: 1 });
    await t.press('Ctrl+Z');
    expect((await t.savedBook()).scores).toEqual([]);
    expect(t.book().scores).toEqual([]);
  });

  it('pastes a block from a spreadsheet in one call and one undo step, overwriting and clearing cells', async () => {
    const t = await setup();
    const { cell } = await scoredCategory(t);
    await setScores(t.workshop.id, [{ ...cell(1, 0), score: 50 }, { ...cell(2, 1), score: 60 }]);
    // Copied from LibreOffice: a tab between cells, a line per village, an empty cell, a decimal comma.
    const outcome = parseScoreBlock('80\t90\r\n85,4\t75\r\n70\t\r\n', { row: 0, column: 0 }, { rows: 4, columns: 2 });
    if (!outcome.ok) throw new Error('the block fits');
    t.calls.length = 0;
    await setScores(t.workshop.id, outcome.cells.map((c) => ({ ...cell(c.row, c.column), score: c.score })), 'pasteScores');
    expect(t.calls).toEqual(['awards.setScores']);
    const byCell = async () => Object.fromEntries((await t.savedBook()).scores.map((s) => [`${t.groups.findIndex((g) => g.id === s.entrantId)}:${s.criterionId === cell(0, 0).criterionId ? 0 : 1}`, s.score]));
    expect(await byCell()).toEqual({ '0:0': 80, '0:1': 90, '1:0': 85, '1:1': 75, '2:0': 70 });
    expect(useHistory.getState().past.at(-1)?.label).toBe('pasteScores');

    await t.press('Ctrl+Z');
    expect(await byCell()).toEqual({ '1:0': 50, '2:1': 60 });
    expect(t.notices()).toContain('Dibatalkan: menempel nilai');
    await t.press('Ctrl+Shift+Z');
    expect(await byCell()).toEqual({ '0:0': 80, '0:1': 90, '1:0': 85, '1:1': 75, '2:0': 70 });
  });

  it('takes back a refused paste as a whole and says why', async () => {
    const t = await setup();
    const { cell, jurorId } = await scoredCategory(t);
    // Another laptop deleted the juror; this window has not heard yet.
    t.close();
    await call(t.core, 'awards.deleteJuror', { id: jurorId });
    const pasting = setScores(t.workshop.id, [{ ...cell(0, 0), score: 80 }, { ...cell(1, 0), score: 70 }], 'pasteScores');
    expect(t.book().scores).toHaveLength(2);
    expect(await pasting).toBeUndefined();
    expect(t.book().scores).toEqual([]);
    expect(t.notices()).toContain('Penghargaan tidak ditemukan; mungkin sudah dihapus.');
  });

  it('keeps the newest book when an older one arrives late, and follows another window’s scores', async () => {
    const t = await setup();
    const { cell } = await scoredCategory(t);
    const older = await call(t.core, 'awards.setScores', { workshopId: t.workshop.id, scores: [{ ...cell(0, 0), score: 60 }] });
    await expect.poll(() => t.book().scores).toEqual([{ ...cell(0, 0), score: 60 }]);
    await setScores(t.workshop.id, [{ ...cell(0, 0), score: 95 }]);
    applyEvent({ type: 'awards.saved', awards: older });
    expect(t.book().scores).toEqual([{ ...cell(0, 0), score: 95 }]);
  });
});
