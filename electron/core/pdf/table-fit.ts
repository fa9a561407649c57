import type { Content, TableCell } from 'pdfmake/interfaces';
import { textWidth, widestWord } from './fonts.ts';

/** Column labels are 9 pt bold, and shrink down to this before a column must be made wider. */
const LABEL_SIZE = 9;
export const LABEL_MIN_SIZE = 6.5;

/**
 * Shrinks each column label just enough that its longest word fits its column, so pdfmake wraps
 * labels between words and never inside one ("Pengelol-a"). Columns sized by pdfmake ('*',
 * 'auto') are left alone: they take the room their words need.
 */
export function fitLabels(cells: TableCell[], widths: Array<number | string>): TableCell[] {
  return cells.map((cell, i) => {
    const width = widths[i];
    if (typeof width !== 'number' || typeof cell !== 'object' || cell === null || !('text' in cell) || typeof cell.text !== 'string') return cell;
    const size = Math.min((cell as { fontSize?: number }).fontSize ?? LABEL_SIZE, labelSizeFor(cell.text, width));
    return { ...cell, fontSize: size };
  });
}

/** The largest size (≤ 9 pt, ≥ 6.5 pt) at which every word of `label` fits in `width`. */
export function labelSizeFor(label: string, width: number): number {
  const wide = widestWord(label, LABEL_SIZE, true);
  if (wide <= width - 1) return LABEL_SIZE;
  return Math.max(LABEL_MIN_SIZE, Math.floor(((LABEL_SIZE * (width - 1)) / wide) * 4) / 4);
}

/** The width a column needs for `label`'s longest word at the smallest label size. */
export function labelWidthAtMin(label: string): number {
  return Math.ceil(widestWord(label, LABEL_MIN_SIZE, true)) + 2;
}

/** A '*' column is at least this wide on any page the reports use (a guess on the safe side). */
const NARROWEST_STAR = 140;
/** Less than a landscape page's body (481 pt) with room for the heading above it. */
const ONE_PAGE = 380;

/**
 * A generous guess of a table's height, to keep only tables that surely fit together. Text is
 * measured at 10 pt with a 1.2 line height; cells hold at least one line.
 */
export function fitsOnePage(rows: TableCell[][], widths: Array<number | string>): boolean {
  let height = 0;
  for (const row of rows) {
    let tallest = 0;
    row.forEach((cell, i) => {
      const width = typeof widths[i] === 'number' ? (widths[i] as number) : NARROWEST_STAR;
      tallest = Math.max(tallest, cellHeight(cell as Content, width));
    });
    height += tallest + 7;
    if (height > ONE_PAGE) return false;
  }
  return true;
}

function cellHeight(content: Content, width: number): number {
  const lines = (text: string) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line, 10) / Math.max(20, width))), 0);
  if (typeof content === 'string') return lines(content) * 12;
  if (Array.isArray(content)) return content.reduce((n: number, c) => n + cellHeight(c as Content, width), 0);
  if (typeof content !== 'object' || content === null) return 12;
  const node = content as { text?: unknown; stack?: Content[]; ul?: Content[]; ol?: Content[]; columns?: Content[]; image?: string; fit?: [number, number]; height?: number };
  if (node.image) return node.fit?.[1] ?? node.height ?? ONE_PAGE;
  if (node.stack) return node.stack.reduce((n: number, c) => n + cellHeight(c, width), 0);
  if (node.ul || node.ol) return (node.ul ?? node.ol)!.reduce((n: number, c) => n + cellHeight(c, width - 12), 0);
  if (node.columns) return Math.max(12, ...node.columns.map((c) => cellHeight(c, width / node.columns!.length)));
  if (node.text !== undefined) return lines(flatText(node.text)) * 12;
  return 12;
}

function flatText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map(flatText).join('');
  if (typeof text === 'object' && text !== null && 'text' in text) return flatText((text as { text: unknown }).text);
  return '';
}
