import type { AwardEntrants, AwardScore, AwardsBook } from '#shared/awards.ts';
import { call } from '../../api/client.ts';
import { i18next } from '../../i18n/index.ts';
import { ask } from '../ask.ts';
import type { StepLabel } from '../history.ts';
import { run, type MutationFactory } from '../runner.ts';
import { tables } from '../store.ts';

/**
 * Awards: categories with their criteria, jurors, and the scores of the grid. The core answers
 * every change with the workshop's whole awards book (one versioned entity); each change is one
 * undo step, and a deletion offers "Urungkan" (the core keeps what was deleted, scores and all).
 */

export async function loadAwards(workshopId: string): Promise<void> {
  const book = await ask('awards.get', { workshopId });
  if (book) tables.awardBooks.accept([book]);
}

/** A category's form: its name, who is scored, how many win, and its criteria in order. */
export interface CategoryFields {
  workshopId: string;
  name: string;
  description: string;
  entrants: AwardEntrants;
  winners: number;
  criteria: Array<{ id?: string; name: string; weight: number }>;
}

/** A new category; the ids are made here, so a redo makes the very same one. Resolves with its id. */
export async function addCategory(fields: CategoryFields): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const input = { ...fields, id, criteria: fields.criteria.map((c) => ({ ...c, id: c.id ?? crypto.randomUUID() })) };
  const book = await run<AwardsBook>(() => ({
    label: 'addCategory',
    save: () => call('awards.saveCategory', input),
    reconcile: accept,
    inverse: () => presence('category', id, false, 'addCategory'),
  }));
  return book ? id : undefined;
}

/** Saves a category's form; a criterion left out goes with its scores, and an undo brings both back. */
export function updateCategory(id: string, fields: CategoryFields) {
  return run(categoryChange(id, { ...fields, criteria: fields.criteria.map((c) => ({ ...c, id: c.id ?? crypto.randomUUID() })) }));
}

function categoryChange(id: string, fields: CategoryFields): MutationFactory<AwardsBook> {
  return () => {
    const before = categoryOf(fields.workshopId, id);
    if (!before) return null;
    const was = formOf(before);
    if (JSON.stringify(was) === JSON.stringify(formOf(fields))) return null;
    return {
      label: 'editCategory',
      save: () => call('awards.saveCategory', { ...fields, id }),
      reconcile: accept,
      inverse: () => categoryChange(id, { workshopId: fields.workshopId, ...was }),
    };
  };
}

/** A category's form as the core keeps it (trimmed): what an edit changes and its undo puts back. */
function formOf(fields: Omit<CategoryFields, 'workshopId'>): Omit<CategoryFields, 'workshopId'> {
  const { name, description, entrants, winners, criteria } = fields;
  return { name: name.trim(), description: description.trim(), entrants, winners, criteria: criteria.map(({ id, name, weight }) => ({ ...(id ? { id } : {}), name: name.trim(), weight })) };
}

/** Deletes a category with its criteria and scores; the notice offers "Urungkan". */
export function deleteCategory(workshopId: string, id: string) {
  const name = categoryOf(workshopId, id)?.name ?? '';
  return run(presence('category', id, false, 'deleteCategory'), { notice: () => i18next.t('awards:categoryDeleted', { name }) });
}

/** Deleting (`present: false`) or bringing back a category or a juror: each the other's undo. */
function presence(what: 'category' | 'juror', id: string, present: boolean, label: StepLabel): MutationFactory<AwardsBook> {
  const method = { category: ['awards.deleteCategory', 'awards.restoreCategory'], juror: ['awards.deleteJuror', 'awards.restoreJuror'] } as const;
  return () => ({
    label,
    save: () => call(method[what][present ? 1 : 0], { id }),
    reconcile: accept,
    inverse: () => presence(what, id, !present, label),
  });
}

/** A juror, named; undone by taking them away again. */
export function addJuror(workshopId: string, name: string) {
  const id = crypto.randomUUID();
  return run<AwardsBook>(() => ({
    label: 'addJuror',
    save: () => call('awards.saveJuror', { workshopId, id, name }),
    reconcile: accept,
    inverse: () => presence('juror', id, false, 'addJuror'),
  }));
}

/** Deletes a juror with their scores; the notice offers "Urungkan". */
export function deleteJuror(workshopId: string, id: string) {
  const name = tables.awardBooks.get(workshopId)?.jurors.find((j) => j.id === id)?.name ?? '';
  return run(presence('juror', id, false, 'deleteJuror'), { notice: () => i18next.t('awards:jurorDeleted', { name }) });
}

/** A score cell: one juror's score of one entrant on one criterion; `score: null` clears it. */
export type ScoreCell = Omit<AwardScore, 'score'> & { score: number | null };

/**
 * Sets scores, one typed or a block pasted: shown at once, saved in one call, undone in one step
 * (the cells get back what they had, empty ones cleared). Resolves with null when nothing changes.
 */
export function setScores(workshopId: string, cells: readonly ScoreCell[], label: 'score' | 'pasteScores' = 'score') {
  return run(scoresChange(workshopId, cells, label));
}

function scoresChange(workshopId: string, cells: readonly ScoreCell[], label: 'score' | 'pasteScores'): MutationFactory<AwardsBook> {
  return () => {
    const book = tables.awardBooks.get(workshopId);
    if (!book) return null;
    const key = (s: Omit<AwardScore, 'score'>) => `${s.criterionId}|${s.jurorId}|${s.entrantId}`;
    const current = new Map(book.scores.map((s) => [key(s), s.score]));
    const changing = cells.filter((c) => (current.get(key(c)) ?? null) !== c.score);
    if (changing.length === 0) return null;
    const previous = changing.map((c) => ({ ...c, score: current.get(key(c)) ?? null }));
    const changed = new Set(changing.map(key));
    const scores = [...book.scores.filter((s) => !changed.has(key(s))), ...changing.flatMap((c) => (c.score === null ? [] : [{ ...c, score: c.score }]))];
    return {
      label,
      preview: (draft) => draft.show(tables.awardBooks, [{ ...book, scores }]),
      save: () => call('awards.setScores', { workshopId, scores: changing.map((c) => ({ ...c })) }),
      reconcile: accept,
      inverse: () => scoresChange(workshopId, previous, label),
    };
  };
}

function categoryOf(workshopId: string, id: string) {
  return tables.awardBooks.get(workshopId)?.categories.find((c) => c.id === id);
}

function accept(book: AwardsBook) {
  tables.awardBooks.accept([book]);
}
