import type { Column, Content, ContentTable, CustomTableLayout, StyleDictionary, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Language } from '#shared/model.ts';
import { hexForColor } from '#shared/palette.ts';
import type { ReportData, ReportGroup } from '../reports/report-data.ts';
import { wordsFor, type ReportWords } from '../reports/words/index.ts';
import { TEXT_FONT, type GlyphCoverage } from './fonts.ts';
import { fitLabels, fitsOnePage } from './table-fit.ts';
import { liftBottomMargins } from './page-breaks.ts';
import { formatNumber } from './format.ts';
import { Printable, type TextRun } from './printable.ts';

/**
 * The pieces every report page is made of: the A4 frame with its running header and
 * "Halaman 3 dari 12" footer, the styles, and the few table shapes the reports use. Text
 * people typed always goes through `print()` so it wraps and never shows an empty box.
 */
export interface ReportKit {
  data: ReportData;
  language: Language;
  words: ReportWords;
  /** Text people typed, made printable. */
  print(text: string): string | TextRun[];
  /** Several typed texts in one line, separated by `separator`. */
  printJoined(texts: string[], separator: string): TextRun[];
  number(value: number): string;
  /** How many characters had to be replaced so far. */
  replaced(): number;
  /** Counts table rows as pdfmake lays them out, for progress before drawing starts. */
  meter: LayoutMeter;
}

/**
 * pdfmake lays a document out in one synchronous pass and reports progress only while drawing,
 * which is the shorter part. Every table row asks its layout for padding exactly once while it
 * is laid out, so counting those calls against the rows built tells how far layout has come.
 */
export class LayoutMeter {
  rows = 0;
  #laidOut = 0;
  readonly #report: ((share: number) => void) | undefined;

  constructor(report?: (share: number) => void) {
    this.#report = report;
  }

  rowLaidOut() {
    this.#laidOut++;
    if (this.#report && this.#laidOut % 25 === 0) this.#report(Math.min(1, this.#laidOut / Math.max(1, this.rows)));
  }
}

export function reportKit(data: ReportData, coverage: GlyphCoverage, onLayout?: (share: number) => void): ReportKit {
  const printable = new Printable(coverage);
  return {
    meter: new LayoutMeter(onLayout),
    data,
    language: data.language,
    words: wordsFor(data.language),
    print: (text) => printable.text(text),
    printJoined: (texts, separator) => texts.flatMap((text, i) => [...(i ? [{ text: separator }] : []), ...printable.runs(text)]),
    number: (value) => formatNumber(value, data.language),
    replaced: () => printable.replaced,
  };
}

export const INK = '#1b1f24';
export const MUTED = '#59616b';
const RULE = '#c9d0d8';
const HEADER_FILL = '#eef1f4';

const STYLES: StyleDictionary = {
  coverKicker: { fontSize: 13, bold: true, color: MUTED, characterSpacing: 1 },
  coverTitle: { fontSize: 24, bold: true, lineHeight: 1.15 },
  h1: { fontSize: 17, bold: true, margin: [0, 0, 0, 6] },
  h2: { fontSize: 13, bold: true, margin: [0, 10, 0, 4] },
  h3: { fontSize: 11, bold: true },
  th: { bold: true, fontSize: 9 },
  small: { fontSize: 8, color: MUTED },
  muted: { color: MUTED },
  question: { italics: true },
};

/** A4 with the running header (workshop title · report) and the numbered footer. */
export function reportDocument(
  kit: ReportKit,
  reportTitle: string,
  content: Content[],
  options: { skipFrameOnFirstPage?: boolean } = {},
): TDocumentDefinitions {
  const skip = (page: number) => options.skipFrameOnFirstPage === true && page === 1;
  const title = kit.data.workshop.title;
  return {
    pageSize: 'A4',
    pageMargins: [50, 62, 50, 52],
    info: { title: `${reportTitle}: ${title}`, creator: 'Rembuk', producer: 'Rembuk' },
    language: kit.language === 'en' ? 'en-GB' : 'id-ID',
    defaultStyle: { font: TEXT_FONT, fontSize: 10, lineHeight: 1.2, color: INK },
    styles: STYLES,
    header: (page, _total, size) =>
      skip(page)
        ? null
        : {
            margin: [50, 26, 50, 0],
            stack: [
              {
                columns: [
                  { text: kit.print(title), style: 'small', width: '*' },
                  { text: reportTitle, style: 'small', alignment: 'right', width: 'auto' },
                ],
              },
              { canvas: [{ type: 'line', x1: 0, y1: 4, x2: size.width - 100, y2: 4, lineWidth: 0.5, lineColor: RULE }] },
            ],
          },
    footer: (page, total) =>
      skip(page) ? null : { text: kit.words.page(kit.number(page), kit.number(total)), style: 'small', alignment: 'center', margin: [0, 18, 0, 0] },
    content: liftBottomMargins(content),
  };
}

/** Light rules between rows, none between columns; header rows on a grey band. */
export function tableLayout(headerRows: number, meter?: LayoutMeter): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.6 : i <= headerRows ? 0.6 : 0.3),
    vLineWidth: () => 0,
    hLineColor: () => RULE,
    fillColor: (row) => (row < headerRows ? HEADER_FILL : null),
    paddingLeft: (i) => (i === 0 ? 4 : 6),
    paddingRight: () => 4,
    paddingTop: () => {
      meter?.rowLaidOut();
      return 3;
    },
    paddingBottom: () => 3,
  };
}

/** A table this short is kept on one page rather than split. */
const KEEP_TOGETHER_ROWS = 15;

/**
 * A table whose header rows repeat on every page it spans and never end a page alone. Extra
 * `lead` rows (a group's name, a section title) go above the column labels and repeat too.
 * Short tables move to the next page whole instead of being split.
 */
export function reportTable(
  kit: Pick<ReportKit, 'meter'>,
  options: {
  widths: Array<number | string>;
  lead?: Content[];
  columns?: Array<string | TableCell>;
  rows: TableCell[][];
  },
): ContentTable {
  const width = options.widths.length;
  const leadRows: TableCell[][] = (options.lead ?? []).map((content) => [{ stack: [content], colSpan: width }, ...blanks(width - 1)]);
  const labelRows: TableCell[][] = options.columns ? [fitLabels(options.columns.map((cell) => (typeof cell === 'string' ? { text: cell, style: 'th' } : cell)), options.widths)] : [];
  const headerRows = leadRows.length + labelRows.length;
  kit.meter.rows += headerRows + options.rows.length;
  return {
    table: {
      widths: options.widths as never,
      headerRows,
      keepWithHeaderRows: headerRows > 0 ? 1 : 0,
      dontBreakRows: true,
      body: [...leadRows, ...labelRows, ...options.rows],
    },
    layout: tableLayout(headerRows, kit.meter),
    margin: [0, 0, 0, 10],
    // A block taller than a page cannot be kept together: pdfmake would leave a blank page.
    unbreakable: options.rows.length <= KEEP_TOGETHER_ROWS && fitsOnePage([...leadRows, ...labelRows, ...options.rows], options.widths),
  };
}

export function blanks(n: number): TableCell[] {
  return Array.from({ length: n }, () => ({}));
}

/** The group's colour as a square beside its name; the name carries the meaning, not the colour. */
export function groupHeading(group: ReportGroup | null, kit: ReportKit, options: { fontSize?: number } = {}): Content {
  const fontSize = options.fontSize ?? 12;
  const side = Math.round(fontSize * 0.9);
  const y = Math.round(fontSize * 0.2);
  const swatch: Column = group
    ? { canvas: [{ type: 'rect', x: 0, y, w: side, h: side, color: hexForColor(group.color), lineColor: INK, lineWidth: 0.5 }], width: side + 5 }
    : { canvas: [{ type: 'rect', x: 0, y, w: side, h: side, lineColor: INK, lineWidth: 0.8, dash: { length: 2 } }], width: side + 5 };
  return { columns: [swatch, { text: group ? kit.print(group.name) : kit.words.inbox, bold: true, fontSize, width: '*' }], columnGap: 0 };
}

/** Label–value lines: "Tempat    Hotel Novotel, Bandar Lampung". Empty values are left out. */
export function infoTable(rows: Array<[string, string | TextRun[] | null]>): Content {
  const body = rows.filter(([, value]) => value !== null && value !== '').map(([label, value]) => [{ text: label, style: 'muted' }, { text: value as string }]);
  if (body.length === 0) return { text: '' };
  return {
    table: { widths: [110, '*'], body },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}
