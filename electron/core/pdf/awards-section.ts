import type { Content, TableCell } from 'pdfmake/interfaces';
import { winnersOf } from '#shared/awards.ts';
import type { ReportAward } from '../reports/report-data.ts';
import { reportTable, type ReportKit } from './kit.ts';

/** The awards: per category its criteria and weights, the jurors, and the ranking with the winners in bold. */
export function awardsSection(kit: ReportKit): Content[] {
  const awards = kit.data.awards.filter((a) => a.category.criteria.length > 0);
  if (awards.length === 0) return [];
  const words = kit.words.paper.report;
  return [
    { text: words.awards, style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' },
    { text: words.tieRule, style: 'muted', margin: [0, 0, 0, 8] },
    ...awards.flatMap((award) => categoryBlock(kit, award)),
  ];
}

function categoryBlock(kit: ReportKit, award: ReportAward): Content[] {
  const words = kit.words.paper.report;
  const { category } = award;
  const winners = new Set(winnersOf(category, award.ranking).map((w) => w.entrant.id));
  const criteria = category.criteria.map((c) => `${c.name} (${kit.number(c.weight)})`);
  const ranked = award.ranking.filter((r) => r.place !== null);
  const lead: Content[] = [
    { text: kit.print(category.name), style: 'h2', margin: [0, 6, 0, 2] },
    ...(category.description ? [{ text: kit.print(category.description), style: 'muted' } as Content] : []),
    { text: [`${words.criteria} `, ...kit.printJoined(criteria, '; ')], style: 'small' },
    ...(award.jurors.length ? [{ text: [`${words.jurors} `, ...kit.printJoined(award.jurors, ', ')], style: 'small', margin: [0, 0, 0, 4] } as Content] : []),
  ];
  if (ranked.length === 0) return [...lead, { text: words.notScored, style: 'muted', margin: [0, 0, 0, 10] }];
  return [
    reportTable(kit, {
      widths: [50, '*', 50],
      lead,
      columns: [words.awardColumns.place, words.awardColumns.entrant, { text: words.awardColumns.score, style: 'th', alignment: 'right' }],
      rows: ranked.map((r): TableCell[] => {
        const bold = winners.has(r.entrant.id);
        const notes = [r.tied ? words.shared : null, r.decidedBy ? words.decidedBy(r.decidedBy) : null].filter(Boolean) as string[];
        return [
          { text: `${kit.number(r.place!)}.`, bold },
          { stack: [{ text: kit.print(r.entrant.name), bold }, ...(notes.length ? [{ text: kit.printJoined(notes, '; '), style: 'small' } as Content] : [])] },
          { text: kit.number(r.total), alignment: 'right', bold },
        ];
      }),
    }),
  ];
}
