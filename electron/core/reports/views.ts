import { kindChoices } from '#shared/board/kinds.ts';
import { STRATEGY_TAGS, type CardKind, type StrategyTag } from '#shared/model.ts';
import type { ReportCard, ReportData, ReportGroup, ReportSession } from './report-data.ts';

/**
 * What a report shows, derived from the collected data: per session and group, challenges
 * ranked by votes with the solutions linked to them, achievements by TPBIS strategy, the
 * action plan, a blank board's notes by its own kinds, the inbox and the totals. Both the PDF
 * and the spreadsheets read these views.
 */
export interface SessionView {
  session: ReportSession;
  groups: GroupView[];
  inbox: ReportCard[];
  /** Challenges are in the order of a closed vote (the board's ranking), not the board's. */
  ranked: boolean;
  /** The totals' columns: the kinds the session's exercise offers, plus any other kind it holds. */
  columns: KindColumn[];
  totals: TotalsRow[];
}

/** A column of the totals: a built-in kind, or one of a blank board's own kinds. */
export interface KindColumn {
  kind: CardKind;
  customKindId: string | null;
  /** The board's own label; `null`: the report's word for the kind. */
  label: string | null;
}

export interface GroupView {
  group: ReportGroup;
  challenges: RankedChallenge[];
  /** Solutions of this group that answer no challenge (yet). */
  otherSolutions: ReportCard[];
  achievements: Array<{ tag: StrategyTag | null; cards: ReportCard[] }>;
  plans: ReportCard[];
  /** A blank board's cards, by its own kinds in column order (`label: null`: plain notes). */
  notes: Array<{ label: string | null; cards: ReportCard[] }>;
  cardCount: number;
}

/** One challenge, or several merged into a cluster (their votes add up). */
export interface RankedChallenge {
  /** Place in the vote (equal dots share it: 1, 2, 2, 4); `null` when no vote ranked them. */
  rank: number | null;
  title: string;
  clusterId: string | null;
  cards: ReportCard[];
  votes: number;
  solutions: ReportCard[];
}

export interface TotalsRow {
  /** `null`: the inbox. */
  group: ReportGroup | null;
  /** Cards per column of `SessionView.columns`. */
  counts: number[];
  total: number;
}

export function sessionView(data: ReportData, session: ReportSession): SessionView {
  const index = indexData(data);
  const cards = data.cards.filter((c) => c.sessionId === session.id);
  const groups = data.groups.map((group) => groupView(session, group, cards.filter((c) => c.groupId === group.id), index));
  const inbox = cards.filter((c) => c.groupId === null);
  const columns = kindColumns(session, cards);
  const totals = [...data.groups.map((g) => totalsRow(g, cards.filter((c) => c.groupId === g.id), columns))];
  if (inbox.length > 0) totals.push(totalsRow(null, inbox, columns));
  return { session, groups, inbox, ranked: session.voting.challengeRanking !== null, columns, totals };
}

/** The board's kinds (`kindChoices`, in the board's order), a blank board's "no kind" only when a card has it. */
function kindColumns(session: ReportSession, cards: ReportCard[]): KindColumn[] {
  const labels = new Map(session.customKinds.map((k) => [k.id, k.label]));
  return kindChoices(session.template, [...labels.keys()], cards, 'leave out').map(({ kind, customKindId }) => ({
    kind,
    customKindId,
    label: customKindId ? labels.get(customKindId)! : null,
  }));
}

/** The board's own label of a card's kind, or `null` for a built-in kind. */
export function customKindLabel(data: ReportData, card: ReportCard): string | null {
  if (!card.customKindId) return null;
  return data.sessions.find((s) => s.id === card.sessionId)?.customKinds.find((k) => k.id === card.customKindId)?.label ?? null;
}

/** The cards linked with this one, whichever way the link was drawn (other sessions included). */
export function linkedWith(data: ReportData, cardId: string): ReportCard[] {
  return indexData(data).linked.get(cardId) ?? [];
}

function groupView(session: ReportSession, group: ReportGroup, cards: ReportCard[], index: DataIndex): GroupView {
  const challenges = rankChallenges(session, group, cards.filter((c) => c.kind === 'challenge'), index).map((item) => ({
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
  const noteCards = cards.filter((c) => c.kind === 'note');
  const ownKinds = new Set(session.customKinds.map((k) => k.id));
  const notes = [
    ...session.customKinds.map((k) => ({ label: k.label as string | null, cards: noteCards.filter((c) => c.customKindId === k.id) })),
    { label: null, cards: noteCards.filter((c) => !ownKinds.has(c.customKindId ?? '')) },
  ].filter((entry) => entry.cards.length > 0);
  return { group, challenges, otherSolutions, achievements, plans: cards.filter((c) => c.kind === 'action'), notes, cardCount: cards.length };
}

/**
 * After a closed vote on challenges, the board's own ranking of this group (see `ReportVoting`);
 * without one, the board's order. Either way a cluster counts as one challenge.
 */
function rankChallenges(session: ReportSession, group: ReportGroup, challenges: ReportCard[], index: DataIndex): Array<Omit<RankedChallenge, 'solutions'>> {
  const ranking = session.voting.challengeRanking;
  if (ranking) {
    const byId = new Map(challenges.map((c) => [c.id, c]));
    return ranking
      .filter((entry) => entry.groupId === group.id)
      .map((entry) => ({
        rank: entry.rank,
        title: entry.title,
        clusterId: entry.clusterId,
        cards: entry.cardIds.flatMap((id) => byId.get(id) ?? []),
        votes: entry.dots,
      }))
      .filter((entry) => entry.cards.length > 0);
  }
  const items: Array<Omit<RankedChallenge, 'solutions'>> = [];
  const byCluster = new Map<string, (typeof items)[number]>();
  challenges.forEach((card) => {
    const cluster = index.clusterOf.get(card.id);
    if (!cluster) {
      items.push({ rank: null, title: card.text, clusterId: null, cards: [card], votes: card.votes });
      return;
    }
    const existing = byCluster.get(cluster.id);
    if (existing) {
      existing.cards.push(card);
      existing.votes += card.votes;
      return;
    }
    const item = { rank: null, title: cluster.title, clusterId: cluster.id, cards: [card], votes: card.votes };
    byCluster.set(cluster.id, item);
    items.push(item);
  });
  return items;
}

function totalsRow(group: ReportGroup | null, cards: ReportCard[], columns: KindColumn[]): TotalsRow {
  const own = new Set(columns.flatMap((col) => col.customKindId ?? []));
  const inColumn = (card: ReportCard, col: KindColumn) =>
    col.customKindId ? card.customKindId === col.customKindId : card.kind === col.kind && !own.has(card.customKindId ?? '');
  const counts = columns.map((col) => cards.filter((card) => inColumn(card, col)).length);
  return { group, counts, total: cards.length };
}

/**
 * One row per challenge theme (a cluster, or one wording), with its count per group: a cluster
 * counts once in each group it holds cards of, a wording once per card.
 */
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
    // A cluster is one challenge in each group it holds cards of; loose cards count one by one.
    row.counts[card.groupId] = cluster ? 1 : (row.counts[card.groupId] ?? 0) + 1;
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
  const cardsById = new Map([...data.cards, ...data.linkedCards].map((c) => [c.id, c]));
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
