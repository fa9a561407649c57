import type { Content, TableCell } from 'pdfmake/interfaces';
import { hexForColor } from '#shared/palette.ts';
import type { ReportGroup } from '../reports/report-data.ts';
import { challengeMatrix, type MatrixRow } from '../reports/views.ts';
import { INK, reportTable, type ReportKit } from './kit.ts';
import { LABEL_MIN_SIZE, labelSizeFor, labelWidthAtMin } from './table-fit.ts';

/** Up to this many groups fit across a portrait page; more get landscape pages. */
const PORTRAIT_GROUPS = 5;
/** The body width of an A4 page with the reports' 50 pt side margins. */
const BODY_WIDTH = { portrait: 495, landscape: 741 };
/** pdfmake adds each column's padding (left 6 or 4, right 4) to its width. */
const PADDING = 10;
const NUMBER_WIDTH = 24;
const TOTAL_WIDTH = 48;
const CHALLENGE_MIN = 170;
const GROUP_MIN = 34;

/**
 * Which group raised which challenge, across the whole workshop: one row per challenge (merged
 * ones as one), one column per group, the count of cards in each cell, and how many groups
 * raised it. When the groups do not fit across one page the columns are split over several
 * parts, each repeating the number, the challenge and the total, so no column is ever cut.
 * A workshop without challenge cards in groups gets no matrix.
 */
export function matrixSection(kit: ReportKit): Content[] {
  const { words, data } = kit;
  const rows = challengeMatrix(data);
  if (rows.length === 0) return [];
  const orientation = data.groups.length > PORTRAIT_GROUPS ? 'landscape' : 'portrait';
  const groupWidth = Math.max(GROUP_MIN, ...data.groups.map((g) => labelWidthAtMin(g.name)));
  const free = BODY_WIDTH[orientation] - (NUMBER_WIDTH + PADDING) - (CHALLENGE_MIN + PADDING) - (TOTAL_WIDTH + PADDING);
  const perPart = Math.max(1, Math.floor(free / (groupWidth + PADDING)));
  const parts = Math.ceil(data.groups.length / perPart);
  // Parts of nearly equal size read better than a full part and a stub.
  const size = Math.ceil(data.groups.length / parts);
  const content: Content[] = [
    { text: words.matrix, style: 'h1', pageBreak: 'before', pageOrientation: orientation },
    { text: words.matrixIntro, style: 'muted', margin: [0, 0, 0, 8] },
  ];
  for (let part = 0; part < parts; part++) {
    const groups = data.groups.slice(part * size, (part + 1) * size);
    const lead: Content[] =
      parts > 1
        ? [{ text: words.paper.report.matrixPart(kit.number(part + 1), kit.number(parts), kit.number(part * size + 1), kit.number(part * size + groups.length)), style: 'h3' }]
        : [];
    if (part > 0) content.push({ text: '', pageBreak: 'before', pageOrientation: orientation });
    // The room left after the challenge column is shared by this part's groups.
    const width = Math.max(groupWidth, Math.min(70, Math.floor(free / size) - PADDING));
    content.push(matrixTable(kit, rows, groups, width, lead));
  }
  return content;
}

function matrixTable(kit: ReportKit, rows: MatrixRow[], groups: ReportGroup[], groupWidth: number, lead: Content[]): Content {
  const { words } = kit;
  // One size for every group's label in the table: the size the longest word allows.
  const labelSize = Math.max(LABEL_MIN_SIZE, Math.min(8, ...groups.map((g) => labelSizeFor(g.name, groupWidth))));
  const body: TableCell[][] = rows.map((row, i) => [
    { text: `${kit.number(i + 1)}.` },
    { text: kit.print(row.title) },
    ...groups.map((g) => ({ text: row.counts[g.id] ? kit.number(row.counts[g.id]!) : '', alignment: 'center' as const })),
    { text: kit.number(row.groupCount), alignment: 'center', bold: true },
  ]);
  return reportTable(kit, {
    widths: [NUMBER_WIDTH, '*', ...groups.map(() => groupWidth), TOTAL_WIDTH],
    lead,
    columns: [words.no, words.matrixChallenge, ...groups.map((g) => groupLabel(kit, g, labelSize)), words.paper.report.matrixTotal],
    rows: body,
  });
}

/** The group's colour above its name, so the name has the column's whole width and never breaks inside a word. */
function groupLabel(kit: ReportKit, group: ReportGroup, fontSize: number): TableCell {
  return {
    stack: [
      { canvas: [{ type: 'rect', x: 0, y: 0, w: 8, h: 8, color: hexForColor(group.color), lineColor: INK, lineWidth: 0.5 }], margin: [0, 1, 0, 2] },
      { text: kit.print(group.name), bold: true, fontSize },
    ],
  };
}
