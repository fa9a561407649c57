import type { Content, TableCell } from 'pdfmake/interfaces';
import { CARD_KINDS } from '#shared/model.ts';
import { PARTICIPANT_ROLES, type RosterSummary } from '../reports/report-data.ts';
import { formatDate, formatPercent } from './format.ts';
import { reportTable, type ReportKit } from './kit.ts';

/**
 * The numbers a facilitator reads aloud and the Dinas asks for: groups, sessions and cards;
 * participants per group × role and per gender; attendance per day; facilitators and speakers.
 */
export function summarySection(kit: ReportKit): Content[] {
  const { words, data } = kit;
  const counts: Array<[string, number]> = [
    [words.summaryCounts.groups, data.groups.length],
    [words.summaryCounts.sessions, data.sessions.length],
    [words.summaryCounts.cards, data.cards.length],
    ...CARD_KINDS.map((kind): [string, number] => [words.kind[kind], data.cards.filter((c) => c.kind === kind).length]),
  ];
  if (data.roster) counts.push([words.summaryCounts.participants, data.roster.participantCount]);
  const content: Content[] = [
    reportTable(kit, {
      widths: ['*', 60],
      // The kinds are a breakdown of the cards: indented under them.
      rows: counts.map(([label, n], i) => [
        { text: label, margin: [i >= 3 && i < 3 + CARD_KINDS.length ? 14 : 0, 0, 0, 0] },
        { text: kit.number(n), alignment: 'right', bold: true },
      ]),
    }),
  ];
  if (!data.roster || data.roster.participantCount === 0) {
    content.push({ text: words.noRoster, style: 'muted', margin: [0, 0, 0, 8] });
    if (data.roster?.team.length) content.push(teamTable(kit, data.roster));
    return content;
  }
  content.push(roleTable(kit, data.roster), genderTable(kit, data.roster), attendanceTable(kit, data.roster));
  if (data.roster.team.length > 0) content.push(teamTable(kit, data.roster));
  return content;
}

function groupName(kit: ReportKit, groupId: string | null) {
  const group = kit.data.groups.find((g) => g.id === groupId);
  return group ? kit.print(group.name) : kit.words.noGroup;
}

function roleTable(kit: ReportKit, roster: RosterSummary): Content {
  const { words } = kit;
  const present = (role: string) => roster.byGroup.some((row) => (row.byRole[role] ?? 0) > 0);
  const known = PARTICIPANT_ROLES.filter(present);
  const unknown = [...new Set(roster.byGroup.flatMap((row) => Object.keys(row.byRole)))].filter(
    (role) => !(PARTICIPANT_ROLES as readonly string[]).includes(role) && present(role),
  );
  const roles = [...known, ...unknown];
  const n = (value: number) => ({ text: value ? kit.number(value) : '–', alignment: 'right' as const });
  const rows: TableCell[][] = roster.byGroup.map((row) => [{ text: groupName(kit, row.groupId) }, ...roles.map((role) => n(row.byRole[role] ?? 0)), { ...n(row.total), bold: true }]);
  rows.push([
    { text: words.total, bold: true },
    ...roles.map((role) => ({ ...n(roster.byGroup.reduce((sum, row) => sum + (row.byRole[role] ?? 0), 0)), bold: true })),
    { ...n(roster.participantCount), bold: true },
  ]);
  return reportTable(kit, {
    widths: ['*', ...roles.map(() => 38), 34],
    lead: [{ text: words.participantsByRole, style: 'h3' }],
    columns: [words.group, ...roles.map((role) => ({ text: words.roleShort[role] ?? role, style: 'th', fontSize: 8 })), words.total],
    rows: rows.map((row) => row.map((cell, i) => (i > 0 ? { fontSize: 9, ...(cell as object) } : cell)) as TableCell[]),
  });
}

function genderTable(kit: ReportKit, roster: RosterSummary): Content {
  const { words } = kit;
  const withUnknown = roster.byGroup.some((row) => row.unknownGender > 0);
  const cells = (female: number, male: number, unknown: number, total: number, bold = false): TableCell[] =>
    [female, male, ...(withUnknown ? [unknown] : []), total].map((value) => ({ text: kit.number(value), alignment: 'right' as const, bold }));
  const sum = (pick: (row: RosterSummary['byGroup'][number]) => number) => roster.byGroup.reduce((s, row) => s + pick(row), 0);
  return reportTable(kit, {
    widths: ['*', 70, 70, ...(withUnknown ? [70] : []), 50],
    lead: [{ text: words.participantsByGender, style: 'h3' }],
    columns: [words.group, words.gender.female, words.gender.male, ...(withUnknown ? [words.gender.unknown] : []), words.total],
    rows: [
      ...roster.byGroup.map((row) => [{ text: groupName(kit, row.groupId) }, ...cells(row.female, row.male, row.unknownGender, row.total)]),
      [{ text: words.total, bold: true }, ...cells(sum((r) => r.female), sum((r) => r.male), sum((r) => r.unknownGender), roster.participantCount, true)],
    ],
  });
}

function attendanceTable(kit: ReportKit, roster: RosterSummary): Content {
  const { words } = kit;
  return reportTable(kit, {
    widths: [60, '*', 60, 70],
    lead: [{ text: words.attendance, style: 'h3' }],
    columns: [words.attendanceColumns.day, words.attendanceColumns.date, words.attendanceColumns.present, words.attendanceColumns.share],
    rows: roster.attendance.map((day) => [
      { text: kit.number(day.day) },
      { text: formatDate(day.date, kit.language) },
      { text: `${kit.number(day.present)} / ${kit.number(roster.participantCount)}`, alignment: 'right' },
      { text: formatPercent(roster.participantCount ? day.present / roster.participantCount : 0, kit.language), alignment: 'right' },
    ]),
  });
}

function teamTable(kit: ReportKit, roster: RosterSummary): Content {
  const { words } = kit;
  return reportTable(kit, {
    widths: [22, '*', 130, 150],
    lead: [{ text: words.team, style: 'h3' }],
    columns: [words.no, words.teamColumns.name, words.teamColumns.role, words.teamColumns.origin],
    rows: roster.team.map((person, i) => [
      { text: `${kit.number(i + 1)}.` },
      { text: kit.print(person.name) },
      { text: words.role[person.role] ?? kit.print(person.role) },
      { text: person.origin ? kit.print(person.origin) : words.notFilled },
    ]),
  });
}
