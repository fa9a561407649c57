import type { AwardEntrants, AwardsBook } from '#shared/awards.ts';
import type { Db, Trx } from '../context.ts';

/**
 * A workshop's awards: categories in order with their criteria, the jurors, and the scores that
 * count. Deleted categories, criteria and jurors (kept so an undo brings them back with their
 * scores) are left out, and so are their scores.
 */
export async function loadAwardsBook(db: Db | Trx, workshopId: string): Promise<AwardsBook> {
  const [book, categories, criteria, jurors, scores] = await Promise.all([
    db.selectFrom('award_books').select('revision').where('workshop_id', '=', workshopId).executeTakeFirst(),
    db.selectFrom('award_categories').selectAll().where('workshop_id', '=', workshopId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('award_criteria').selectAll().where('workshop_id', '=', workshopId).where('deleted_at', 'is', null).orderBy('position').execute(),
    db.selectFrom('award_jurors').selectAll().where('workshop_id', '=', workshopId).where('deleted_at', 'is', null).orderBy('position').execute(),
    db.selectFrom('award_scores').select(['criterion_id', 'juror_id', 'entrant_id', 'score']).where('workshop_id', '=', workshopId).execute(),
  ]);
  const liveCategories = new Set(categories.map((c) => c.id));
  const liveCriteria = new Set(criteria.filter((k) => liveCategories.has(k.category_id)).map((k) => k.id));
  const liveJurors = new Set(jurors.map((j) => j.id));
  return {
    workshopId,
    revision: book?.revision ?? 0,
    categories: categories.map((c) => ({
      id: c.id,
      workshopId: c.workshop_id,
      name: c.name,
      description: c.description,
      entrants: c.entrants as AwardEntrants,
      winners: c.winners,
      position: c.position,
      criteria: criteria.filter((k) => k.category_id === c.id).map((k) => ({ id: k.id, categoryId: k.category_id, name: k.name, weight: k.weight })),
    })),
    jurors: jurors.map((j) => ({ id: j.id, workshopId: j.workshop_id, name: j.name })),
    scores: scores
      .filter((s) => liveCriteria.has(s.criterion_id) && liveJurors.has(s.juror_id))
      .map((s) => ({ criterionId: s.criterion_id, jurorId: s.juror_id, entrantId: s.entrant_id, score: s.score })),
  };
}
