import type { Card, Cluster, Vote, VoteRound, VoteTotal, VoteVoters } from './model.ts';

/**
 * The arithmetic of dot voting, shared by the core (which refuses a vote beyond the budget),
 * the board (which shows what is left) and the reports (which rank).
 */

/** How many people vote for a group in a round (0 until the facilitator says). */
export function votersOf(voters: readonly VoteVoters[], roundId: string, groupId: string): number {
  return voters.find((v) => v.roundId === roundId && v.groupId === groupId)?.voters ?? 0;
}

/** All the dots a group may place in a round. */
export function groupBudget(round: Pick<VoteRound, 'budget' | 'budgetScope'>, voters: number): number {
  return round.budgetScope === 'participant' ? round.budget * voters : round.budget;
}

/** The most dots a group may put on one card, or null when only the budget limits it. */
export function cardLimit(round: Pick<VoteRound, 'budgetScope' | 'onePerCard'>, voters: number): number | null {
  if (!round.onePerCard) return null;
  return round.budgetScope === 'participant' ? voters : 1;
}

/** Dots a group has placed in a round, leaving out one card (the one being changed). */
export function dotsUsed(votes: readonly Vote[], roundId: string, groupId: string, exceptCardId?: string): number {
  let used = 0;
  for (const v of votes) if (v.roundId === roundId && v.groupId === groupId && v.cardId !== exceptCardId) used += v.dots;
  return used;
}

/** Dots per card of the closed rounds, counting live cards only. */
export function voteTotals(votes: ReadonlyArray<Pick<Vote, 'roundId' | 'cardId' | 'dots'>>, rounds: readonly VoteRound[], liveCardIds: ReadonlySet<string>): VoteTotal[] {
  const closed = new Set(rounds.filter((r) => r.closedAt !== null && r.deletedAt === null).map((r) => r.id));
  const totals = new Map<string, VoteTotal>();
  for (const v of votes) {
    if (!closed.has(v.roundId) || !liveCardIds.has(v.cardId) || v.dots === 0) continue;
    const key = `${v.roundId}:${v.cardId}`;
    const total = totals.get(key) ?? { roundId: v.roundId, cardId: v.cardId, dots: 0 };
    total.dots += v.dots;
    totals.set(key, total);
  }
  return [...totals.values()];
}

/** One line of a ranking: a card standing alone, or a cluster of duplicates with its cards' dots added up. */
export interface RankedEntry {
  /** 1 for the most dots; equal dots share a rank (1, 2, 2, 4). */
  rank: number;
  dots: number;
  clusterId: string | null;
  /** The cluster's title, or the card's text. */
  title: string;
  cardIds: string[];
  /** The group of the entry (a cluster lives in one column); null for the inbox. */
  groupId: string | null;
}

/**
 * The ranking of a closed round: overall, or of one group (`groupId`), clusters counted once
 * with the dots of all their cards. Cards of another kind than the round's are left out.
 */
export function rankEntries(
  round: Pick<VoteRound, 'id' | 'cardKind'>,
  cards: readonly Pick<Card, 'id' | 'kind' | 'text' | 'groupId' | 'clusterId' | 'deletedAt'>[],
  clusters: readonly Pick<Cluster, 'id' | 'title' | 'deletedAt'>[],
  totals: readonly VoteTotal[],
  groupId?: string | null,
): RankedEntry[] {
  const dotsByCard = new Map(totals.filter((t) => t.roundId === round.id).map((t) => [t.cardId, t.dots]));
  const liveClusters = new Map(clusters.filter((c) => c.deletedAt === null).map((c) => [c.id, c]));
  const entries = new Map<string, Omit<RankedEntry, 'rank'>>();
  for (const card of cards) {
    if (card.deletedAt !== null || (round.cardKind !== null && card.kind !== round.cardKind)) continue;
    const cluster = card.clusterId ? liveClusters.get(card.clusterId) : undefined;
    const key = cluster ? `cluster:${cluster.id}` : `card:${card.id}`;
    const entry = entries.get(key) ?? {
      dots: 0,
      clusterId: cluster?.id ?? null,
      title: cluster?.title ?? card.text,
      cardIds: [],
      groupId: card.groupId,
    };
    entry.dots += dotsByCard.get(card.id) ?? 0;
    entry.cardIds.push(card.id);
    entries.set(key, entry);
  }
  const sorted = [...entries.values()]
    .filter((e) => groupId === undefined || e.groupId === groupId)
    .sort((a, b) => b.dots - a.dots || a.title.localeCompare(b.title, 'id'));
  return sorted.map((entry, index) => ({ ...entry, rank: sorted.findIndex((e) => e.dots === entry.dots) + 1 || index + 1 }));
}
