import type { Content, TableCell } from 'pdfmake/interfaces';
import { challengeMatrix } from '../reports/views.ts';
import { groupHeading, reportTable, type ReportKit } from './kit.ts';

/** Up to this many groups fit across a portrait page; more get a landscape page. */
const PORTRAIT_GROUPS = 5;

/**
 * Which group raised which challenge, across the whole workshop: one row per challenge (merged
 * ones as one), one column per group, the count of cards in each cell. A workshop without
 * challenge cards in groups (only achievements or plans, say) gets no matrix page.
 */
export function matrixSection(kit: ReportKit): Content[] {
  const { words, data } = kit;
  const landscape = data.groups.length > PORTRAIT_GROUPS;
  const title: Content = { text: words.matrix, style: 'h1', pageBreak: 'before', pageOrientation: landscape ? 'landscape' : 'portrait' };
  const rows = challengeMatrix(data);
  if (rows.length === 0) return [];
  const groupWidth = landscape ? Math.max(34, Math.min(70, Math.floor(460 / data.groups.length))) : 60;
  const body: TableCell[][] = rows.map((row, i) => [
    { text: `${kit.number(i + 1)}.` },
    { text: kit.print(row.title) },
    ...data.groups.map((g) => ({ text: row.counts[g.id] ? kit.number(row.counts[g.id]!) : '', alignment: 'center' as const })),
    { text: kit.number(row.groupCount), alignment: 'center', bold: true },
  ]);
  return [
    title,
    { text: words.matrixIntro, style: 'muted', margin: [0, 0, 0, 8] },
    reportTable(kit, {
      widths: [24, '*', ...data.groups.map(() => groupWidth), 56],
      columns: [
        words.no,
        words.matrixChallenge,
        ...data.groups.map((g): TableCell => ({ stack: [groupHeading(g, kit, { fontSize: 8 })] })),
        { text: words.summaryCounts.groups, style: 'th', fontSize: 8, alignment: 'center' },
      ],
      rows: body,
    }),
  ];
}
