import type { Content, TableCell } from 'pdfmake/interfaces';
import { CARD_KINDS, PARTICIPANT_ROLES, TEMPLATE_KINDS, type ParticipantCounts, type ParticipantSummaryRow } from '#shared/model.ts';
import type { ReportRoster } from '../reports/report-data.ts';
import { formatDate, formatPercent } from './format.ts';
import { reportTable, type ReportKit } from './kit.ts';

/**
 * The numbers a facilitator reads aloud and the Dinas asks for: groups, sessions and cards;
 * participants per group × role and per gender; attendance per day; facilitators and speakers.
 * The participant numbers are setup's own summary, so report and Ringkasan page agree.
 */
export function summarySection(kit: ReportKit): Content[] {
  const { words, data } = kit;
  const { summary, team } = data.roster;
  // The kinds the workshop's exercises offer or its cards use; not every kind the app knows.
  const kinds = CARD_KINDS.filter((kind) => data.sessions.some((s) => s.kind === 'board' && TEMPLATE_KINDS[s.template].includes(kind)) || data.cards.some((c) => c.kind === kind));
  const counts: Array<[string, number]> = [
    [words.summaryCounts.groups, data.groups.length],
    [words.summaryCounts.sessions, data.sessions.length],
    [words.summaryCounts.cards, data.cards.length],
    ...kinds.map((kind): [string, number] => [words.kind[kind], data.cards.filter((c) => c.kind === kind).length]),
    [words.summaryCounts.participants, summary.total.total],
  ];
  const content: Content[] = [
    reportTable(kit, {
      widths: ['*', 60],
      // The kinds are a breakdown of the cards: indented under them.
      rows: counts.map(([label, n], i) => [
        { text: label, margin: [i >= 3 && i < 3 + kinds.length ? 14 : 0, 0, 0, 0] },
        { text: kit.number(n), alignment: 'right', bold: true },
      ]),
    }),
  ];
  if (summary.total.total === 0) content.push({ text: words.noRoster, style: 'muted', margin: [0, 0, 0, 8] });
  else content.push(roleTable(kit, data.roster), genderTable(kit, data.roster), attendanceTable(kit, data.roster));
  if (team.length > 0) content.push(teamTable(kit, data.roster));
  return content;
}

function groupName(kit: ReportKit, row: ParticipantSummaryRow) {
  return row.groupName === null ? kit.words.noGroup : kit.print(row.groupName);
}

/** Only the roles somebody has get a column; empty groups keep their row. */
function roleTable(kit: ReportKit, { summary }: ReportRoster): Content {
  const { words } = kit;
  const roles = PARTICIPANT_ROLES.filter((role) => summary.total.byRole[role] > 0);
  const n = (value: number, bold = false): TableCell => ({ text: value ? kit.number(value) : '–', alignment: 'right', bold, fontSize: 9 });
  const cells = (counts: ParticipantCounts, bold = false) => [...roles.map((role) => n(counts.byRole[role], bold)), n(counts.total, true)];
  return reportTable(kit, {
    widths: ['*', ...roles.map(() => 38), 34],
    lead: [{ text: words.participantsByRole, style: 'h3' }],
    columns: [words.group, ...roles.map((role) => ({ text: words.roleShort[role] ?? role, style: 'th', fontSize: 8 })), words.total],
    rows: [
      ...summary.groups.map((row) => [{ text: groupName(kit, row) }, ...cells(row)]),
      [{ text: words.total, bold: true }, ...cells(summary.total, true)],
    ],
  });
}

function genderTable(kit: ReportKit, { summary }: ReportRoster): Content {
  const { words } = kit;
  const withUnknown = summary.total.byGender.unknown > 0;
  const cells = (counts: ParticipantCounts, bold = false): TableCell[] =>
    [counts.byGender.female, counts.byGender.male, ...(withUnknown ? [counts.byGender.unknown] : []), counts.total].map((value) => ({
      text: kit.number(value),
      alignment: 'right' as const,
      bold,
    }));
  return reportTable(kit, {
    widths: ['*', 70, 70, ...(withUnknown ? [70] : []), 50],
    lead: [{ text: words.participantsByGender, style: 'h3' }],
    columns: [words.group, words.gender.female, words.gender.male, ...(withUnknown ? [words.gender.unknown] : []), words.total],
    rows: [...summary.groups.map((row) => [{ text: groupName(kit, row) }, ...cells(row)]), [{ text: words.total, bold: true }, ...cells(summary.total, true)]],
  });
}

function attendanceTable(kit: ReportKit, { summary }: ReportRoster): Content {
  const { words } = kit;
  const everyone = summary.total.total;
  return reportTable(kit, {
    widths: [60, '*', 60, 70],
    lead: [{ text: words.attendance, style: 'h3' }],
    columns: [words.attendanceColumns.day, words.attendanceColumns.date, words.attendanceColumns.present, words.attendanceColumns.share],
    rows: summary.days.map((date, i) => {
      const present = summary.total.presentByDay[i] ?? 0;
      return [
        { text: kit.number(i + 1) },
        { text: formatDate(date, kit.language) },
        { text: `${kit.number(present)} / ${kit.number(everyone)}`, alignment: 'right' },
        { text: formatPercent(everyone ? present / everyone : 0, kit.language), alignment: 'right' },
      ];
    }),
  });
}

function teamTable(kit: ReportKit, { team }: ReportRoster): Content {
  const { words } = kit;
  return reportTable(kit, {
    widths: [22, '*', 130, 150],
    lead: [{ text: words.team, style: 'h3' }],
    columns: [words.no, words.teamColumns.name, words.teamColumns.role, words.teamColumns.origin],
    rows: team.map((person, i) => [
      { text: `${kit.number(i + 1)}.` },
      { text: kit.print(person.name) },
      { text: words.role[person.role] ?? person.role },
      { text: person.origin ? kit.print(person.origin) : words.notFilled },
    ]),
  });
}
