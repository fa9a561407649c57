import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { meetingDay, meetingDays } from '#shared/schemas.ts';
import { isTeam } from '../certificates/recipients.ts';
import type { ReportData, RosterEntry } from '../reports/report-data.ts';
import type { GlyphCoverage } from './fonts.ts';
import { formatDay } from './format.ts';
import { infoTable, reportDocument, reportKit, type ReportKit } from './kit.ts';
import { fitLabels } from './table-fit.ts';

/** Rows left empty at the end of a sheet for people who come without being on the list. */
const MIN_WALK_IN_ROWS = 5;
const TEAM_WALK_IN_ROWS = 3;
/** Tall enough to sign in. */
const ROW_HEIGHT = 24;
const WIDTHS = [22, '*', 88, 118, 22, 110];

/**
 * The daftar hadir to print and sign (A4): per meeting day, the participants sorted by group
 * (a row naming each group), blank rows for walk-ins, then the committee and team on a sheet of
 * their own. Signature cells alternate left and right, as on Indonesian attendance forms, so
 * neighbours' signatures do not run into each other.
 */
export function attendanceSheets(data: ReportData, coverage: GlyphCoverage, onLayout?: (share: number) => void): TDocumentDefinitions {
  const kit = reportKit(data, coverage, onLayout);
  const words = kit.words.paper.attendance;
  const days = data.paperwork.options.day ? [data.paperwork.options.day] : meetingDays(data.workshop.startDate, data.workshop.endDate).map((_, i) => i + 1);
  const participants = data.roster.people.filter((p) => !isTeam(p));
  const team = data.roster.people.filter(isTeam);
  const content: Content[] = [];
  for (const day of days) {
    content.push(...sheet(kit, day, words.title, participants, Math.max(MIN_WALK_IN_ROWS, Math.ceil(participants.length / 10)), true, content.length > 0));
    if (team.length > 0) content.push(...sheet(kit, day, words.teamTitle, team, TEAM_WALK_IN_ROWS, false, true));
  }
  return reportDocument(kit, kit.words.paper.file.attendance, content);
}

function sheet(kit: ReportKit, day: number, title: string, people: RosterEntry[], walkIns: number, byGroup: boolean, newPage: boolean): Content[] {
  const { workshop } = kit.data;
  const words = kit.words.paper.attendance;
  const columns = words.columns;
  const rows: TableCell[][] = [];
  let n = 0;
  let group: string | null | undefined;
  for (const person of people) {
    if (byGroup && person.groupId !== group) {
      group = person.groupId;
      rows.push([{ text: [words.group(''), ...[person.groupName ? kit.print(person.groupName) : words.noGroup].flat()].flat(), bold: true, colSpan: 6, fillColor: '#f4f6f8' }, {}, {}, {}, {}, {}]);
    }
    rows.push(personRow(kit, ++n, person));
  }
  if (walkIns > 0 && byGroup) rows.push([{ text: words.walkIns, bold: true, colSpan: 6, fillColor: '#f4f6f8' }, {}, {}, {}, {}, {}]);
  for (let i = 0; i < walkIns; i++) rows.push(blankRow(kit, ++n));
  kit.meter.rows += rows.length + 1;
  const date = formatDay(meetingDay(workshop.startDate, day), kit.language);
  return [
    { text: title, style: 'h1', alignment: 'center', margin: [0, 0, 0, 2], ...(newPage ? { pageBreak: 'before' as const } : {}) },
    { text: kit.print(workshop.title), bold: true, fontSize: 12, alignment: 'center', margin: [0, 0, 0, 10] },
    infoTable([
      [words.dayDate, `${words.dayOf(kit.number(day))}, ${date}`],
      [kit.words.field.venue, workshop.venue ? kit.print(workshop.venue) : null],
      [kit.words.field.organizer, workshop.organizer ? kit.print(workshop.organizer) : null],
    ]),
    {
      table: {
        widths: WIDTHS as never,
        headerRows: 1,
        dontBreakRows: true,
        heights: (row: number) => (row === 0 ? 0 : ROW_HEIGHT),
        body: [fitLabels([columns.no, columns.name, columns.role, columns.origin, columns.gender, columns.signature].map((text) => ({ text, style: 'th', alignment: 'center' })), WIDTHS), ...rows],
      },
      layout: gridLayout(kit),
    },
  ];
}

function personRow(kit: ReportKit, n: number, person: RosterEntry): TableCell[] {
  const words = kit.words.paper.attendance;
  const origin = [person.village, person.institution, person.regency].map((s) => s.trim()).filter(Boolean).join(', ');
  return [
    { text: `${kit.number(n)}.`, alignment: 'right' },
    { text: kit.print(person.name) },
    { text: kit.words.role[person.role] ?? person.role, fontSize: 8.5 },
    { text: origin ? kit.print(origin) : '', fontSize: 8.5 },
    { text: person.gender ? words.gender[person.gender] : '', alignment: 'center' },
    signatureCell(kit, n),
  ];
}

function blankRow(kit: ReportKit, n: number): TableCell[] {
  return [{ text: `${kit.number(n)}.`, alignment: 'right' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, signatureCell(kit, n)];
}

/** Odd numbers sign on the left half of the cell, even numbers on the right half. */
function signatureCell(kit: ReportKit, n: number): TableCell {
  return { text: `${kit.number(n)}.`, fontSize: 8, color: '#59616b', margin: [n % 2 === 1 ? 0 : 52, 0, 0, 0] };
}

/** Every cell ruled, as a form to fill in by hand. */
function gridLayout(kit: ReportKit): CustomTableLayout {
  return {
    hLineWidth: () => 0.6,
    vLineWidth: () => 0.6,
    hLineColor: () => '#59616b',
    vLineColor: () => '#59616b',
    fillColor: (row) => (row === 0 ? '#eef1f4' : null),
    paddingTop: () => {
      kit.meter.rowLaidOut();
      return 4;
    },
    paddingBottom: () => 3,
  };
}
