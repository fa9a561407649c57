/**
 * Awards (penghargaan): categories such as "Perpustakaan Desa Terbaik" with weighted criteria,
 * scored 0–100 by one or more jurors per entrant (a working group or a participant), and the
 * ranking the awards page, the reveal screen, the piagam and the report all share.
 */
export const AWARD_ENTRANTS = ['groups', 'participants'] as const;
export type AwardEntrants = (typeof AWARD_ENTRANTS)[number];

export const SCORE_MAX = 100;
export const WINNERS_MAX = 10;

export interface AwardCriterion {
  id: string;
  categoryId: string;
  name: string;
  /** Relative weight (bobot), 1–100; weights need not add up to 100. */
  weight: number;
}

export interface AwardCategory {
  id: string;
  workshopId: string;
  name: string;
  /** What the jurors look for, printed with the results. */
  description: string;
  entrants: AwardEntrants;
  /** How many places are awarded (3: juara 1, 2 and 3). */
  winners: number;
  position: string;
  criteria: AwardCriterion[];
}

export interface AwardJuror {
  id: string;
  workshopId: string;
  name: string;
}

/** One juror's score (0–100) of one entrant on one criterion. */
export interface AwardScore {
  criterionId: string;
  jurorId: string;
  entrantId: string;
  score: number;
}

/** Everything about a workshop's awards, as `awards.get` returns it and events carry it. */
export interface AwardsBook {
  workshopId: string;
  /** One more on every change of the workshop's awards; 0 before the first. */
  revision: number;
  categories: AwardCategory[];
  jurors: AwardJuror[];
  scores: AwardScore[];
}

export interface Entrant {
  id: string;
  name: string;
}

export interface RankedEntrant {
  entrant: Entrant;
  /** 1-based; entrants still equal after every tie-break share a place (1, 2, 2, 4). `null`: not scored. */
  place: number | null;
  /** Weighted score 0–100, rounded to two decimals. */
  total: number;
  /** Per criterion (category order): the average of the jurors' scores, two decimals. */
  averages: number[];
  /** Cells (juror × criterion) not filled in; they count as 0. */
  missing: number;
  /** The criterion whose average put this entrant ahead of the one just below with the same total, if any. */
  decidedBy: string | null;
  /** Shares its place with another entrant. */
  tied: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Ranks the entrants of one category. The rule, as the awards page states it:
 * 1. the weighted score: Σ(weight × average of the jurors' scores) ÷ Σ weights, where a juror
 *    counts once they have scored anything in the category and a cell they left empty counts 0;
 * 2. on equal scores (two decimals), the higher average on the heaviest criterion, then the
 *    next heaviest (equal weights: in the category's order);
 * 3. still equal: a shared place, and the next place is skipped (1, 2, 2, 4).
 * An entrant nobody has scored is not ranked.
 */
export function rankCategory(category: AwardCategory, scores: readonly AwardScore[], entrants: readonly Entrant[]): RankedEntrant[] {
  const criterionIds = new Set(category.criteria.map((c) => c.id));
  const mine = scores.filter((s) => criterionIds.has(s.criterionId));
  const jurors = [...new Set(mine.map((s) => s.jurorId))];
  const cell = new Map(mine.map((s) => [`${s.criterionId}|${s.jurorId}|${s.entrantId}`, s.score]));
  const weightSum = category.criteria.reduce((n, c) => n + c.weight, 0);
  const rows = entrants.map((entrant) => {
    let missing = 0;
    let filled = 0;
    const averages = category.criteria.map((criterion) => {
      let sum = 0;
      for (const juror of jurors) {
        const score = cell.get(`${criterion.id}|${juror}|${entrant.id}`);
        if (score === undefined) missing++;
        else {
          filled++;
          sum += score;
        }
      }
      return jurors.length ? round2(sum / jurors.length) : 0;
    });
    const total = weightSum ? round2(category.criteria.reduce((n, c, i) => n + c.weight * averages[i]!, 0) / weightSum) : 0;
    return { entrant, averages, total, missing, scored: filled > 0 };
  });
  // The tie-break order: heaviest criterion first, equal weights in the category's order.
  const order = category.criteria.map((c, i) => ({ c, i })).sort((a, b) => b.c.weight - a.c.weight || a.i - b.i);
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]): { diff: number; by: string | null } => {
    if (a.total !== b.total) return { diff: b.total - a.total, by: null };
    for (const { c, i } of order) if (a.averages[i] !== b.averages[i]) return { diff: b.averages[i]! - a.averages[i]!, by: c.name };
    return { diff: 0, by: null };
  };
  const scored = rows.filter((r) => r.scored).sort((a, b) => compare(a, b).diff || a.entrant.name.localeCompare(b.entrant.name));
  const ranked: RankedEntrant[] = [];
  scored.forEach((row, i) => {
    const above = i > 0 ? compare(scored[i - 1]!, row) : null;
    const below = i < scored.length - 1 ? compare(row, scored[i + 1]!) : null;
    const place = above && above.diff === 0 ? ranked[i - 1]!.place : i + 1;
    ranked.push({
      entrant: row.entrant,
      place,
      total: row.total,
      averages: row.averages,
      missing: row.missing,
      decidedBy: below && below.diff !== 0 ? below.by : null,
      tied: (above?.diff === 0) || (below?.diff === 0),
    });
  });
  for (const row of rows.filter((r) => !r.scored)) {
    ranked.push({ entrant: row.entrant, place: null, total: 0, averages: row.averages, missing: row.missing, decidedBy: null, tied: false });
  }
  return ranked;
}

/** The winners of a ranking: every entrant placed within the category's places (ties included). */
export function winnersOf(category: Pick<AwardCategory, 'winners'>, ranking: readonly RankedEntrant[]): RankedEntrant[] {
  return ranking.filter((r) => r.place !== null && r.place <= category.winners);
}
