import { CARD_KINDS, STRATEGY_TAGS, TEMPLATE_KINDS, type CardKind, type StrategyTag } from '#shared/model.ts';
import type { ReportCard, ReportData, ReportGroup, ReportSession } from './report-data.ts';

/**
 * What a report shows, derived from the collected data: per session and group, challenges
 * ranked by votes with the solutions linked to them, achievements by TPBIS strategy, the
 * action plan, the inbox and the totals. Both the PDF and the spreadsheets read these views.
 */
export interface SessionView {
  session: ReportSession;
  groups: GroupView[];
  inbox: ReportCard[];
  /** The totals' columns: the kinds the session's exercise offers, plus any other kind it holds. */
  kinds: CardKind[];
  totals: TotalsRow[];
}

export interface GroupView {
  group: ReportGroup;
  challenges: RankedChallenge[];
  /** Solutions of this group that answer no challenge (yet). */
  otherSolutions: ReportCard[];
  achievements: Array<{ tag: StrategyTag | null; cards: ReportCard[] }>;
  plans: ReportCard[];
  cardCount: number;
}

/** One challenge, or several merged into a cluster (their votes add up). */
export interface RankedChallenge {
  title: string;
  clusterId: string | null;
  cards: ReportCard[];
  votes: number;
  solutions: ReportCard[];
}

export interface TotalsRow {
  /** `null`: the inbox. */
  group: ReportGroup | null;
  byKind: Record<CardKind, number>;
  total: number;
}

export function sessionView(data: ReportData, session: ReportSession): SessionView {
  const index = indexData(data);
  const cards = data.cards.filter((c) => c.sessionId === session.id);
  const groups = data.groups.map((group) => groupView(group, cards.filter((c) => c.groupId === group.id), index));
  const inbox = cards.filter((c) => c.groupId === null);
  const totals = [...data.groups.map((g) => totalsRow(g, cards.filter((c) => c.groupId === g.id)))];
  if (inbox.length > 0) totals.push(totalsRow(null, inbox));
  const kinds = CARD_KINDS.filter((k) => TEMPLATE_KINDS[session.template].includes(k) || cards.some((c) => c.kind === k));
  return { session, groups, inbox, kinds, totals };
}

function groupView(group: ReportGroup, cards: ReportCard[], index: DataIndex): GroupView {
  const challenges = rankChallenges(cards.filter((c) => c.kind === 'challenge'), index).map((item) => ({
    ...item,
    solutions: uniqueCards(item.cards.flatMap((c) => index.linked.get(c.id) ?? [])).filter((c) => c.kind === 'solution'),
  }));
  // A solution linked to a challenge (of any group) is shown under it; the rest are listed apart.
  const answers = (card: ReportCard) => (index.linked.get(card.id) ?? []).some((other) => other.kind === 'challenge');
  const otherSolutions = cards.filter((c) => c.kind === 'solution' && !answers(c));
  const achievementCards = cards.filter((c) => c.kind === 'achievement');
  const achievements = [...STRATEGY_TAGS, null]
    .map((tag) => ({ tag, cards: achievementCards.filter((c) => c.tag === tag) }))
    .filter((entry) => entry.cards.length > 0);
  return { group, challenges, otherSolutions, achievements, plans: cards.filter((c) => c.kind === 'action'), cardCount: cards.length };
}

/** Votes first; equal votes keep the order of the board. A cluster counts as one challenge. */
function rankChallenges(challenges: ReportCard[], index: DataIndex): Array<Omit<RankedChallenge, 'solutions'>> {
  const items: Array<Omit<RankedChallenge, 'solutions'> & { order: number }> = [];
  const byCluster = new Map<string, (typeof items)[number]>();
  challenges.forEach((card, order) => {
    const cluster = index.clusterOf.get(card.id);
    if (!cluster) {
      items.push({ title: card.text, clusterId: null, cards: [card], votes: card.votes, order });
      return;
    }
    const existing = byCluster.get(cluster.id);
    if (existing) {
      existing.cards.push(card);
      existing.votes += card.votes;
      return;
    }
    const item = { title: cluster.title, clusterId: cluster.id, cards: [card], votes: card.votes, order };
    byCluster.set(cluster.id, item);
    items.push(item);
  });
  return items.sort((a, b) => b.votes - a.votes || a.order - b.order).map(({ order: _order, ...item }) => item);
}

function totalsRow(group: ReportGroup | null, cards: ReportCard[]): TotalsRow {
  const byKind = Object.fromEntries(CARD_KINDS.map((k) => [k, 0])) as Record<CardKind, number>;
  for (const card of cards) byKind[card.kind]++;
  return { group, byKind, total: cards.length };
}

/** One row per challenge theme (a cluster, or one wording), with its card count per group. */
export interface MatrixRow {
  title: string;
  counts: Record<string, number>;
  groupCount: number;
  votes: number;
}

export function challengeMatrix(data: ReportData): MatrixRow[] {
  const index = indexData(data);
  const rows = new Map<string, MatrixRow & { order: number }>();
  data.cards.forEach((card, order) => {
    if (card.kind !== 'challenge' || card.groupId === null) return;
    const cluster = index.clusterOf.get(card.id);
    const key = cluster ? `cluster:${cluster.title.trim().toLocaleLowerCase()}` : `text:${normalize(card.text)}`;
    let row = rows.get(key);
    if (!row) {
      row = { title: cluster?.title ?? card.text, counts: {}, groupCount: 0, votes: 0, order };
      rows.set(key, row);
    }
    if (!row.counts[card.groupId]) row.groupCount++;
    row.counts[card.groupId] = (row.counts[card.groupId] ?? 0) + 1;
    row.votes += card.votes;
  });
  return [...rows.values()]
    .sort((a, b) => b.groupCount - a.groupCount || b.votes - a.votes || a.order - b.order)
    .map(({ order: _order, ...row }) => row);
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function uniqueCards(cards: ReportCard[]): ReportCard[] {
  return [...new Map(cards.map((c) => [c.id, c])).values()];
}

interface DataIndex {
  /** Card id -> the cards linked with it, whichever way the link was drawn. */
  linked: Map<string, ReportCard[]>;
  clusterOf: Map<string, { id: string; title: string }>;
}

const indexes = new WeakMap<ReportData, DataIndex>();

function indexData(data: ReportData): DataIndex {
  const cached = indexes.get(data);
  if (cached) return cached;
  const cardsById = new Map(data.cards.map((c) => [c.id, c]));
  const linked = new Map<string, ReportCard[]>();
  for (const link of data.links) {
    const from = cardsById.get(link.fromCardId);
    const to = cardsById.get(link.toCardId);
    if (!from || !to) continue;
    linked.set(from.id, [...(linked.get(from.id) ?? []), to]);
    linked.set(to.id, [...(linked.get(to.id) ?? []), from]);
  }
  const clusterOf = new Map<string, { id: string; title: string }>();
  for (const cluster of data.clusters) for (const cardId of cluster.cardIds) clusterOf.set(cardId, cluster);
  const index = { linked, clusterOf };
  indexes.set(data, index);
  return index;
}
