import { AppError } from '#shared/errors.ts';
import type { Trx } from '../context.ts';

interface CriteriaChange {
  workshopId: string;
  categoryId: string;
  /** The category's criteria in order, as the form has them now. */
  criteria: ReadonlyArray<{ id?: string | undefined; name: string; weight: number }>;
  now: string;
  newId: () => string;
}

/**
 * Makes a category's criteria the list given. A criterion left out is set aside (deleted softly)
 * with its scores; one named again by its id (an undo of the edit) comes back with them. An id the
 * category never had makes a new criterion with that id, so a redo makes the same one again.
 */
export async function saveCriteria(trx: Trx, { workshopId, categoryId, criteria, now, newId }: CriteriaChange): Promise<void> {
  const ids = criteria.flatMap((c) => c.id ?? []);
  if (new Set(ids).size !== ids.length) throw new AppError('invalid_input', 'A criterion is named twice', { fields: [{ path: 'criteria', problem: 'invalid' }] });
  const known = ids.length ? await trx.selectFrom('award_criteria').select(['id', 'category_id']).where('id', 'in', ids).execute() : [];
  if (known.some((c) => c.category_id !== categoryId)) throw new AppError('not_found', 'A criterion belongs to another category', { entity: 'award' });
  const kept = new Set(ids);
  const current = await trx.selectFrom('award_criteria').select('id').where('category_id', '=', categoryId).where('deleted_at', 'is', null).execute();
  const gone = current.filter((c) => !kept.has(c.id)).map((c) => c.id);
  if (gone.length) await trx.updateTable('award_criteria').set({ deleted_at: now, updated_at: now }).where('id', 'in', gone).execute();
  const existing = new Set(known.map((c) => c.id));
  for (const [position, criterion] of criteria.entries()) {
    const values = { name: criterion.name, weight: criterion.weight, position, deleted_at: null, updated_at: now };
    if (criterion.id && existing.has(criterion.id)) await trx.updateTable('award_criteria').set(values).where('id', '=', criterion.id).execute();
    else await trx.insertInto('award_criteria').values({ id: criterion.id ?? newId(), workshop_id: workshopId, category_id: categoryId, ...values }).execute();
  }
}
