import { z } from 'zod';
import { AWARD_ENTRANTS, SCORE_MAX, WINNERS_MAX, type AwardsBook } from '../awards.ts';
import { byId, id, NAME_MAX, optionalText, text, TITLE_MAX } from '../schemas.ts';
import { method } from './method.ts';

const CRITERIA_MAX = 12;
const SCORES_MAX = 2000;

/** Awards: categories with weighted criteria, jurors, and their scores. Every change answers with the whole book. */
export const awardMethods = {
  'awards.get': method<AwardsBook>()(z.strictObject({ workshopId: id })),
  /**
   * Creates (with the id given, or a new one) or changes a category with its criteria. A criterion
   * left out is set aside with its scores; naming its id again brings it back with them.
   */
  'awards.saveCategory': method<AwardsBook>()(
    z.strictObject({
      workshopId: id,
      id: id.optional(),
      name: text(TITLE_MAX),
      description: optionalText(500).default(''),
      entrants: z.enum(AWARD_ENTRANTS).default('groups'),
      winners: z.number().int().min(1).max(WINNERS_MAX).default(3),
      criteria: z
        .array(z.strictObject({ id: id.optional(), name: text(NAME_MAX), weight: z.number().int().min(1).max(100) }))
        .min(1)
        .max(CRITERIA_MAX),
    }),
  ),
  /** Deletes a category (kept aside with its criteria and scores, so `awards.restoreCategory` brings it back). */
  'awards.deleteCategory': method<AwardsBook>()(byId),
  'awards.restoreCategory': method<AwardsBook>()(byId),
  'awards.saveJuror': method<AwardsBook>()(z.strictObject({ workshopId: id, id: id.optional(), name: text(NAME_MAX) })),
  /** Deletes a juror (kept aside with their scores, so `awards.restoreJuror` brings them back). */
  'awards.deleteJuror': method<AwardsBook>()(byId),
  'awards.restoreJuror': method<AwardsBook>()(byId),
  /** Sets (or, with `score: null`, clears) scores: one cell typed, or many pasted at once. */
  'awards.setScores': method<AwardsBook>()(
    z.strictObject({
      workshopId: id,
      scores: z
        .array(z.strictObject({ criterionId: id, jurorId: id, entrantId: id, score: z.number().int().min(0).max(SCORE_MAX).nullable() }))
        .min(1)
        .max(SCORES_MAX),
    }),
  ),
};
