import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportCard, ReportSession } from '../reports/report-data.ts';
import { customKindLabel, linkedWith, sessionView, type GroupView, type SessionView } from '../reports/views.ts';
import { formatDate, formatDay } from './format.ts';
import { meetingDay } from '#shared/schemas.ts';
import { groupHeading, reportTable, type ReportKit } from './kit.ts';

/**
 * One session as both reports show it: per group its challenges ranked by votes with their
 * linked solutions, other solutions, achievements by TPBIS strategy and the action plan; then
 * the cards still in the inbox, and the totals. Every part is a table whose header (the
 * group's name and the part's title) repeats on each page it spans and is never left alone
 * at the bottom of a page.
 */
export function sessionSection(kit: ReportKit, session: ReportSession): Content[] {
  const view = sessionView(kit.data, session);
  if (session.kind === 'plenary' && view.groups.every((g) => g.cardCount === 0) && view.inbox.length === 0) {
    return [{ text: kit.words.plenaryNoBoard, style: 'muted' }];
  }
  const content: Content[] = [...votingNote(kit, session)];
  if (kit.data.groups.length === 0) content.push({ text: kit.words.noGroups, style: 'muted', margin: [0, 0, 0, 8] });
  for (const group of view.groups) content.push(...groupSection(kit, group, view.ranked));
  content.push(...emptyGroupsLine(kit, view));
  if (view.inbox.length > 0) content.push(inboxSection(kit, view.inbox));
  content.push(totalsTable(kit, view));
  return content;
}

/** Which votes the numbers come from, and that an open vote is left out (its dots are still secret). */
function votingNote(kit: ReportKit, session: ReportSession): Content[] {
  const { countedRounds, openRound } = session.voting;
  const lines = [...(countedRounds > 0 ? [kit.words.votesCounted] : []), ...(openRound ? [kit.words.voteStillOpen] : [])];
  return lines.length ? [{ text: lines.join(' '), style: 'muted', margin: [0, 0, 0, 8] }] : [];
}

/** What someone typed on a card, with its author when one was written down. */
function cardText(kit: ReportKit, card: ReportCard): Content {
  const text = [kit.print(card.text)].flat();
  return card.author ? { text: [...text, { text: ` (${card.author})`, style: 'small' }] } : { text };
}

/** "Identifikasi tantangan & solusi" when the facilitator left the title empty. */
export function sessionTitle(kit: ReportKit, session: ReportSession): ReturnType<ReportKit['print']> {
  return session.title ? kit.print(session.title) : kit.words.template[session.template];
}

/** "Hari ke-1, Selasa, 15 Oktober 2019 · 09.00 · 90 menit". */
export function sessionWhen(kit: ReportKit, session: ReportSession): string {
  const date = formatDay(meetingDay(kit.data.workshop.startDate, session.day), kit.language);
  const parts = [kit.words.dayOf(kit.number(session.day), date)];
  if (session.startTime) parts.push(session.startTime.replace(':', kit.language === 'id' ? '.' : ':'));
  if (session.durationMinutes) parts.push(kit.words.minutes(kit.number(session.durationMinutes)));
  return parts.join(' · ');
}

function groupSection(kit: ReportKit, view: GroupView, withVotes: boolean): Content[] {
  const { words } = kit;
  // The first part opens with the group's colour and name; later parts name the group beside
  // their title, so a part that starts a new page still says whose it is. (pdfmake annotates
  // content in place, so each part builds its own heading.)
  let first = true;
  const lead = (title: string): Content[] => {
    if (first) {
      first = false;
      return [groupHeading(view.group, kit), { text: title, style: 'h3' }];
    }
    return [{ text: [{ text: title }, { text: '  ·  ', style: 'muted' }, ...[kit.print(view.group.name)].flat()], style: 'h3' }];
  };
  const parts: Content[] = [];
  if (view.challenges.length > 0) parts.push(challengesTable(kit, view, withVotes, lead(withVotes ? words.challengesRanked : words.kind.challenge)));
  if (view.otherSolutions.length > 0) parts.push(cardList(kit, view.otherSolutions, lead(words.otherSolutions)));
  if (view.achievements.length > 0) parts.push(achievementsTable(kit, view, lead(words.achievementsByStrategy)));
  if (view.plans.length > 0) parts.push(planTable(kit, view.plans, lead(words.actionPlan)));
  for (const entry of view.notes) parts.push(cardList(kit, entry.cards, lead(entry.label ?? words.kind.note)));
  return parts;
}

/** Groups that wrote nothing in this session, named in one line instead of a block each. */
function emptyGroupsLine(kit: ReportKit, view: SessionView): Content[] {
  const empty = view.groups.filter((g) => g.cardCount === 0);
  if (empty.length === 0) return [];
  return [{ text: [`${kit.words.groupsWithoutCards} `, ...kit.printJoined(empty.map((g) => g.group.name), ', ')], style: 'muted', margin: [0, 0, 0, 10] }];
}

function challengesTable(kit: ReportKit, view: GroupView, withVotes: boolean, lead: Content[]): Content {
  const { words } = kit;
  const rows: TableCell[][] = view.challenges.map((item, i) => {
    const stack: Content[] = [item.clusterId || item.cards.length !== 1 ? { text: kit.print(item.title) } : cardText(kit, item.cards[0]!)];
    if (item.clusterId) {
      // A merged challenge lists its cards, each with its own dots, which add up to the total.
      const parts = item.cards.map((c) => (withVotes ? `${c.text} (${kit.number(c.votes)})` : c.text));
      stack.push({ text: [`${words.clusterOf} `, ...kit.printJoined(parts, '; ')], style: 'small' });
    }
    if (item.solutions.length > 0) {
      stack.push({
        stack: [{ text: words.linkedSolutions, style: 'small', bold: true }, { ul: item.solutions.map((s) => cardText(kit, s)), fontSize: 9 }],
        margin: [8, 2, 0, 0],
      });
    }
    // After a vote its place (equal dots share one); a challenge that got no dot has none.
    const place = item.rank === null ? `${kit.number(i + 1)}.` : item.votes > 0 ? `${kit.number(item.rank)}.` : words.notFilled;
    const row: TableCell[] = [{ text: place }, { stack }];
    if (withVotes) row.push({ text: kit.number(item.votes), alignment: 'right', bold: true });
    return row;
  });
  return reportTable(kit, {
    widths: withVotes ? [46, '*', 38] : [22, '*'],
    lead,
    columns: withVotes ? [words.rank, words.kind.challenge, words.votes] : undefined,
    rows,
  });
}

function cardList(kit: ReportKit, cards: ReportCard[], lead: Content[]): Content {
  return reportTable(kit, { widths: [22, '*'], lead, rows: cards.map((card, i) => [{ text: `${kit.number(i + 1)}.` }, cardText(kit, card)]) });
}

/** One table for a group's achievements, a sub-heading row per TPBIS strategy. */
function achievementsTable(kit: ReportKit, view: GroupView, lead: Content[]): Content {
  const rows: TableCell[][] = view.achievements.flatMap(({ tag, cards }): TableCell[][] => [
    [{ text: kit.words.tag[tag ?? 'none'], bold: true, colSpan: 2, margin: [0, 2, 0, 0] }, {}],
    ...cards.map((card, i): TableCell[] => [{ text: `${kit.number(i + 1)}.` }, cardText(kit, card)]),
  ]);
  return reportTable(kit, { widths: [22, '*'], lead, rows });
}

function planTable(kit: ReportKit, plans: ReportCard[], lead: Content[]): Content {
  const { words } = kit;
  const cell = (value: string | null | undefined) => (value ? { text: kit.print(value) } : { text: words.notFilled, style: 'muted' });
  return reportTable(kit, {
    widths: [22, '*', 90, 70, 110],
    lead,
    columns: [words.planColumns.no, words.planColumns.what, words.planColumns.who, words.planColumns.byWhen, words.planColumns.indicator],
    rows: plans.map((card, i) => [
      { text: `${kit.number(i + 1)}.` },
      { stack: [cardText(kit, card), ...carriesOut(kit, card)] },
      cell(card.plan?.who),
      cell(byWhen(kit, card.plan?.byWhen ?? null)),
      cell(card.plan?.indicator),
    ]),
  });
}

/** The solutions a plan carries out, under its "what". */
function carriesOut(kit: ReportKit, plan: ReportCard): Content[] {
  const solutions = linkedWith(kit.data, plan.id).filter((c) => c.kind === 'solution');
  if (solutions.length === 0) return [];
  return [{ text: [`${kit.words.carriesOut} `, ...kit.printJoined(solutions.map((s) => s.text), '; ')], style: 'small', margin: [0, 2, 0, 0] }];
}

/** A calendar day prints as "31 Desember 2019"; anything the group wrote prints as written. */
function byWhen(kit: ReportKit, value: string | null): string | null {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, kit.language);
  return value;
}

function inboxSection(kit: ReportKit, inbox: ReportCard[]): Content {
  const { words } = kit;
  return reportTable(kit, {
    widths: [22, 70, '*'],
    lead: [groupHeading(null, kit), { text: words.inboxIntro, style: 'muted' }],
    rows: inbox.map((card, i) => [
      { text: `${kit.number(i + 1)}.` },
      { text: [kit.print(customKindLabel(kit.data, card) ?? words.kindShort[card.kind])].flat(), style: 'muted' },
      cardText(kit, card),
    ]),
  });
}

function totalsTable(kit: ReportKit, view: SessionView): Content {
  const { words } = kit;
  const sum = (pick: (row: SessionView['totals'][number]) => number) => view.totals.reduce((n, row) => n + pick(row), 0);
  const rows: TableCell[][] = view.totals.map((row) => [
    { text: row.group ? kit.print(row.group.name) : words.inbox },
    ...row.counts.map((count) => ({ text: kit.number(count), alignment: 'right' as const })),
    { text: kit.number(row.total), alignment: 'right', bold: true },
  ]);
  rows.push([
    { text: words.total, bold: true },
    ...view.columns.map((_, i) => ({ text: kit.number(sum((r) => r.counts[i]!)), alignment: 'right' as const, bold: true })),
    { text: kit.number(sum((r) => r.total)), alignment: 'right', bold: true },
  ]);
  return reportTable(kit, {
    // A board's own kind may have a longer label than the built-in kinds; its column widens to fit.
    widths: ['*', ...view.columns.map((col) => Math.min(110, Math.max(58, (col.label?.length ?? 0) * 5.5 + 12))), 50],
    lead: [{ text: words.totals, style: 'h3' }],
    columns: [words.group, ...view.columns.map((col): TableCell => ({ text: [col.label ? kit.print(col.label) : words.kindShort[col.kind]].flat(), style: 'th' })), words.total],
    rows,
  });
}
