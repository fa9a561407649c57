import type { MethodInput } from '#shared/api.ts';
import type { AwardsBook } from '#shared/awards.ts';
import type { AppEvent } from '#shared/events.ts';
import { call } from '../../api/client.ts';
import { startExport } from '../../editor/actions/reports.ts';
import { attempt, useLive } from '../paperwork/useLive.ts';

/**
 * The awards page's actions: thin calls to the core, whose answer (the whole awards book) and
 * event replace what the page shows. Written to move into the editor's command registry as they
 * are, once it lands.
 */
export function useAwardsBook(workshopId: string): AwardsBook | null {
  return useLive(
    `awards:${workshopId}`,
    () => call('awards.get', { workshopId }),
    (book, event: AppEvent) => (event.type === 'awards.saved' && event.awards.workshopId === workshopId ? event.awards : book),
  );
}

export const saveCategory = (input: MethodInput<'awards.saveCategory'>) => attempt(() => call('awards.saveCategory', input));
export const deleteCategory = (id: string) => attempt(() => call('awards.deleteCategory', { id }));
export const saveJuror = (input: MethodInput<'awards.saveJuror'>) => attempt(() => call('awards.saveJuror', input));
export const deleteJuror = (id: string) => attempt(() => call('awards.deleteJuror', { id }));

/** One score typed into the grid; `null` clears it. */
export const setScore = (workshopId: string, cell: { criterionId: string; jurorId: string; entrantId: string }, score: number | null) =>
  attempt(() => call('awards.setScores', { workshopId, scores: [{ ...cell, score }] }));

export const exportPiagam = (workshopId: string, categoryId: string) =>
  startExport({ workshopId, content: 'award_certificates', format: 'pdf', categoryId });
