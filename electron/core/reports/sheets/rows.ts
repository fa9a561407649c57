import type { ReportCard, ReportData } from '../report-data.ts';
import { customKindLabel } from '../views.ts';
import { wordsFor } from '../words/index.ts';

/**
 * The data exports as plain tables: one row per card (group, kind, tag, votes, links, cluster,
 * plan fields) or per action-plan entry, in agenda, group and board order, inbox last. Each card
 * row has a number, and a link names the linked card by its number and text. CSV and XLSX write
 * the same rows.
 */
export interface SheetTable {
  name: string;
  header: string[];
  /** Column widths in characters, for XLSX. */
  widths: number[];
  rows: Array<Array<string | number>>;
}

export function cardsTable(data: ReportData): SheetTable {
  const words = wordsFor(data.language);
  const c = words.sheet.columns;
  const context = cardContext(data);
  return {
    name: words.sheet.cards,
    header: [c.no, c.session, c.day, c.group, c.kind, c.text, c.tag, c.votes, c.linkedTo, c.cluster, c.who, c.byWhen, c.indicator, c.author],
    widths: [5, 28, 6, 20, 14, 60, 26, 7, 50, 30, 26, 16, 40, 16],
    rows: context.ordered.map((card) => [
      context.number(card) ?? '',
      context.sessionTitle(card),
      context.day(card),
      context.groupName(card),
      customKindLabel(data, card) ?? words.kindShort[card.kind],
      card.text,
      card.tag ? words.tag[card.tag] : '',
      card.votes,
      context.linkedTexts(card),
      context.clusterTitle(card),
      card.plan?.who ?? '',
      card.plan?.byWhen ?? '',
      card.plan?.indicator ?? '',
      card.author ?? '',
    ]),
  };
}

export function actionPlanTable(data: ReportData): SheetTable {
  const words = wordsFor(data.language);
  const c = words.sheet.columns;
  const context = cardContext(data);
  return {
    name: words.sheet.action_plan,
    header: [c.no, c.session, c.group, words.planColumns.what, c.who, c.byWhen, c.indicator, c.votes, c.linkedTo],
    widths: [5, 28, 20, 60, 26, 16, 40, 7, 50],
    rows: context.ordered
      .filter((card) => card.kind === 'action')
      .map((card) => [
        context.number(card) ?? '',
        context.sessionTitle(card),
        context.groupName(card),
        card.text,
        card.plan?.who ?? '',
        card.plan?.byWhen ?? '',
        card.plan?.indicator ?? '',
        card.votes,
        context.linkedTexts(card),
      ]),
  };
}

/** Sessions in agenda order; within one, the groups in their order and the inbox last. */
function orderedCards(data: ReportData): ReportCard[] {
  const sessionRank = new Map(data.sessions.map((s, i) => [s.id, i]));
  const groupRank = new Map(data.groups.map((g, i) => [g.id, i]));
  const boardRank = new Map(data.cards.map((c, i) => [c.id, i]));
  const rank = (card: ReportCard) => [sessionRank.get(card.sessionId) ?? 0, card.groupId === null ? data.groups.length : (groupRank.get(card.groupId) ?? 0), boardRank.get(card.id) ?? 0];
  return [...data.cards].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  });
}

function cardContext(data: ReportData) {
  const words = wordsFor(data.language);
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const ordered = orderedCards(data);
  // The "No." of the cards table, which the action plan sheet shares.
  const numbers = new Map(ordered.map((c, i) => [c.id, i + 1]));
  const cards = new Map([...data.cards, ...data.linkedCards].map((c) => [c.id, c]));
  const clusters = new Map(data.clusters.flatMap((k) => k.cardIds.map((id) => [id, k.title] as const)));
  const linked = new Map<string, string[]>();
  for (const link of data.links) {
    // A link reads both ways in a spreadsheet: the solution names its challenge and back. A
    // card of another session (not in this export) is named by its text alone.
    for (const [from, to] of [[link.fromCardId, link.toCardId], [link.toCardId, link.fromCardId]] as const) {
      const other = cards.get(to);
      if (!other || !numbers.has(from)) continue;
      const number = numbers.get(to);
      linked.set(from, [...(linked.get(from) ?? []), number ? `${words.sheet.numbered(number)} ${other.text}` : other.text]);
    }
  }
  return {
    ordered,
    number: (card: ReportCard) => numbers.get(card.id),
    sessionTitle: (card: ReportCard) => {
      const session = sessions.get(card.sessionId);
      return session ? session.title || words.template[session.template] : '';
    },
    day: (card: ReportCard) => sessions.get(card.sessionId)?.day ?? '',
    groupName: (card: ReportCard) => (card.groupId ? (groups.get(card.groupId)?.name ?? '') : words.inbox),
    linkedTexts: (card: ReportCard) => (linked.get(card.id) ?? []).join(' | '),
    clusterTitle: (card: ReportCard) => clusters.get(card.id) ?? '',
  };
}
