import type { awardMethods } from '#shared/methods/awards.ts';
import { AppError } from '#shared/errors.ts';
import { keyBetween } from '#shared/ordering.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';
import { requireWorkshop } from '../paperwork/scope.ts';
import { loadAwardsBook } from './book.ts';
import { saveCriteria } from './criteria.ts';

/**
 * Awards (penghargaan). Every change answers with, and announces, the workshop's whole awards
 * book: it is small (a few categories, a few jurors, a score per cell), and a listener such as
 * the reveal screen simply replaces what it had. The book carries one revision, bumped by every
 * change. Categories and jurors are deleted softly, so an undo brings them back with their scores.
 */
export const awardHandlers: HandlerMap<keyof typeof awardMethods> = {
  async 'awards.get'({ workshopId }, { db }) {
    await requireWorkshop(db, workshopId);
    return loadAwardsBook(db, workshopId);
  },

  async 'awards.saveCategory'(input, ctx) {
    return change(ctx, input.workshopId, async (trx, now) => {
      const id = input.id ?? ctx.newId();
      const existing = await trx.selectFrom('award_categories').select(['workshop_id', 'deleted_at']).where('id', '=', id).executeTakeFirst();
      if (existing && existing.workshop_id !== input.workshopId) throw new AppError('cross_workshop', `Award ${id} is not in this workshop`, { entity: 'award' });
      if (existing?.deleted_at) throw new AppError('not_found', `Award ${id} was deleted`, { entity: 'award' });
      const fields = { name: input.name, description: input.description, entrants: input.entrants, winners: input.winners, updated_at: now };
      if (existing) await trx.updateTable('award_categories').set(fields).where('id', '=', id).execute();
      else {
        // A new category; the renderer names it, so a redo makes the same one.
        const last = await trx.selectFrom('award_categories').select('position').where('workshop_id', '=', input.workshopId).orderBy('position', 'desc').executeTakeFirst();
        await trx
          .insertInto('award_categories')
          .values({ id, workshop_id: input.workshopId, ...fields, position: keyBetween(last?.position ?? null, null), created_at: now })
          .execute();
      }
      await saveCriteria(trx, { workshopId: input.workshopId, categoryId: id, criteria: input.criteria, now, newId: ctx.newId });
    });
  },

  async 'awards.deleteCategory'({ id }, ctx) {
    return setDeleted(ctx, 'award_categories', id, ctx.now());
  },

  async 'awards.restoreCategory'({ id }, ctx) {
    return setDeleted(ctx, 'award_categories', id, null);
  },

  async 'awards.saveJuror'(input, ctx) {
    return change(ctx, input.workshopId, async (trx) => {
      if (input.id) {
        const existing = await trx.selectFrom('award_jurors').select(['workshop_id', 'deleted_at']).where('id', '=', input.id).executeTakeFirst();
        if (existing && existing.workshop_id !== input.workshopId) throw new AppError('cross_workshop', `Juror ${input.id} is not in this workshop`, { entity: 'juror' });
        if (existing?.deleted_at) throw new AppError('not_found', `Juror ${input.id} was deleted`, { entity: 'juror' });
        if (existing) {
          await trx.updateTable('award_jurors').set({ name: input.name, updated_at: ctx.now() }).where('id', '=', input.id).execute();
          return;
        }
      }
      const count = await trx.selectFrom('award_jurors').select((eb) => eb.fn.max('position').as('last')).where('workshop_id', '=', input.workshopId).executeTakeFirst();
      const position = count?.last === null || count?.last === undefined ? 0 : Number(count.last) + 1;
      await trx.insertInto('award_jurors').values({ id: input.id ?? ctx.newId(), workshop_id: input.workshopId, name: input.name, position, updated_at: ctx.now() }).execute();
    });
  },

  async 'awards.deleteJuror'({ id }, ctx) {
    return setDeleted(ctx, 'award_jurors', id, ctx.now());
  },

  async 'awards.restoreJuror'({ id }, ctx) {
    return setDeleted(ctx, 'award_jurors', id, null);
  },

  async 'awards.setScores'({ workshopId, scores }, ctx) {
    return change(ctx, workshopId, async (trx, now) => {
      // Only what is not deleted takes scores: a live criterion of a live category, a live juror.
      const criteria = await trx
        .selectFrom('award_criteria')
        .innerJoin('award_categories', 'award_categories.id', 'award_criteria.category_id')
        .select(['award_criteria.id', 'award_categories.entrants'])
        .where('award_criteria.workshop_id', '=', workshopId)
        .where('award_criteria.deleted_at', 'is', null)
        .where('award_categories.deleted_at', 'is', null)
        .execute();
      const entrantsOf = new Map(criteria.map((c) => [c.id, c.entrants]));
      const jurors = new Set(
        (await trx.selectFrom('award_jurors').select('id').where('workshop_id', '=', workshopId).where('deleted_at', 'is', null).execute()).map((j) => j.id),
      );
      const groups = new Set((await trx.selectFrom('groups').select('id').where('workshop_id', '=', workshopId).execute()).map((g) => g.id));
      const people = new Set(
        (await trx.selectFrom('participants').select('id').where('workshop_id', '=', workshopId).where('deleted_at', 'is', null).execute()).map((p) => p.id),
      );
      for (const score of scores) {
        const entrants = entrantsOf.get(score.criterionId);
        const entrantKnown = entrants === 'participants' ? people.has(score.entrantId) : groups.has(score.entrantId);
        if (!entrants || !jurors.has(score.jurorId) || !entrantKnown) {
          throw new AppError('not_found', 'A score names a criterion, juror or entrant this workshop does not have', { entity: 'award' });
        }
      }
      for (const s of scores) {
        const score = s.score;
        if (score === null) {
          await trx.deleteFrom('award_scores').where('criterion_id', '=', s.criterionId).where('juror_id', '=', s.jurorId).where('entrant_id', '=', s.entrantId).execute();
        } else {
          await trx
            .insertInto('award_scores')
            .values({ workshop_id: workshopId, criterion_id: s.criterionId, juror_id: s.jurorId, entrant_id: s.entrantId, score, updated_at: now })
            .onConflict((oc) => oc.columns(['criterion_id', 'juror_id', 'entrant_id']).doUpdateSet({ score, updated_at: now }))
            .execute();
        }
      }
    });
  },
};

/**
 * Runs an awards change in one transaction, bumps the book's revision, and answers with the whole
 * book, announced once.
 */
async function change(ctx: CoreContext, workshopId: string, apply: (trx: Trx, now: string) => Promise<void>) {
  return write(ctx, async (trx) => {
    await requireWorkshop(trx, workshopId);
    const now = ctx.now();
    await apply(trx, now);
    await trx
      .insertInto('award_books')
      .values({ workshop_id: workshopId, updated_at: now })
      .onConflict((oc) => oc.column('workshop_id').doUpdateSet({ updated_at: now }))
      .execute();
    const awards = await loadAwardsBook(trx, workshopId);
    return { value: awards, events: [{ type: 'awards.saved', awards }] };
  });
}

/** Deletes (a time) or brings back (`null`) a category or a juror; their scores stay with them. */
async function setDeleted(ctx: CoreContext, table: 'award_categories' | 'award_jurors', id: string, deletedAt: string | null) {
  const row = await ctx.db.selectFrom(table).select('workshop_id').where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('not_found', `${table} ${id} not found`, { entity: table === 'award_jurors' ? 'juror' : 'award' });
  return change(ctx, row.workshop_id, async (trx, now) => {
    await trx.updateTable(table).set({ deleted_at: deletedAt, updated_at: now }).where('id', '=', id).execute();
  });
}
