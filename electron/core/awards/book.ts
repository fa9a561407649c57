import type { AwardEntrants, AwardsBook } from '#shared/awards.ts';
import type { Db, Trx } from '../context.ts';

/** A workshop's awards: categories in order with their criteria, the jurors, and every score. */
export async function loadAwardsBook(db: Db | Trx, workshopId: string): Promise<AwardsBook> {
  const [categories, criteria, jurors, scores] = await Promise.all([
    db.selectFrom('award_categories').selectAll().where('workshop_id', '=', workshopId).orderBy('position').orderBy('id').execute(),
    db.selectFrom('award_criteria').selectAll().where('workshop_id', '=', workshopId).orderBy('position').execute(),
    db.selectFrom('award_jurors').selectAll().where('workshop_id', '=', workshopId).orderBy('position').execute(),
    db.selectFrom('award_scores').select(['criterion_id', 'juror_id', 'entrant_id', 'score']).where('workshop_id', '=', workshopId).execute(),
  ]);
  return {
    workshopId,
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
    scores: scores.map((s) => ({ criterionId: s.criterion_id, jurorId: s.juror_id, entrantId: s.entrant_id, score: s.score })),
  };
}
