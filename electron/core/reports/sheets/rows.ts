import type { ReportCard, ReportData } from '../report-data.ts';
import { wordsFor } from '../words/index.ts';

/**
 * The data exports as plain tables: one row per card (group, kind, tag, votes, links) or per
 * action-plan entry, in agenda, group and board order, inbox last. CSV and XLSX write the
 * same rows.
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
    header: [c.session, c.day, c.group, c.kind, c.text, c.tag, c.votes, c.linkedTo, c.cluster, c.author],
    widths: [28, 6, 20, 14, 60, 26, 7, 50, 30, 16],
    rows: orderedCards(data).map((card) => [
      context.sessionTitle(card),
      context.day(card),
      context.groupName(card),
      words.kindShort[card.kind],
      card.text,
      card.tag ? words.tag[card.tag] : '',
      card.votes,
      context.linkedTexts(card),
      context.clusterTitle(card),
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
    header: [c.session, c.group, words.planColumns.what, c.who, c.byWhen, c.indicator, c.votes, c.linkedTo],
    widths: [28, 20, 60, 26, 16, 40, 7, 50],
    rows: orderedCards(data)
      .filter((card) => card.kind === 'action')
      .map((card) => [
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
  const cards = new Map(data.cards.map((c) => [c.id, c]));
  const clusters = new Map(data.clusters.flatMap((k) => k.cardIds.map((id) => [id, k.title] as const)));
  const linked = new Map<string, string[]>();
  for (const link of data.links) {
    // A link reads both ways in a spreadsheet: the solution names its challenge and back.
    for (const [from, to] of [[link.fromCardId, link.toCardId], [link.toCardId, link.fromCardId]] as const) {
      const other = cards.get(to);
      if (other && cards.has(from)) linked.set(from, [...(linked.get(from) ?? []), other.text]);
    }
  }
  return {
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
