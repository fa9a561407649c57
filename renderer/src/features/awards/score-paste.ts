import { SCORE_MAX } from '#shared/awards.ts';

/**
 * Scores as a juror's spreadsheet gives them: a block of cells copied from Excel, LibreOffice or
 * Google Sheets arrives as text, a line per row and a tab between cells. Pure, so the grid and
 * its tests read it the same way.
 */

export interface PastedScore {
  /** Row and column in the grid (0-based), counted from its first entrant and first criterion. */
  row: number;
  column: number;
  /** `null`: an empty cell clears the score. */
  score: number | null;
}

export type PasteOutcome =
  | { ok: true; cells: PastedScore[] }
  | { ok: false; reason: 'tooLarge'; rows: number; columns: number }
  | { ok: false; reason: 'notAScore'; row: number; column: number; text: string };

/** More than one cell (a tab or a line break inside), rather than one value typed into one box. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(withoutLastLineBreak(text));
}

/**
 * The block's cells placed from `start` (the box pasted into) across the criteria and down the
 * entrants. Nothing is taken unless all of it fits and every cell is a score or empty.
 */
export function parseScoreBlock(text: string, start: { row: number; column: number }, size: { rows: number; columns: number }): PasteOutcome {
  const lines = withoutLastLineBreak(text.replace(/\r\n?/g, '\n'))
    .split('\n')
    .map((line) => line.split('\t'));
  const columns = Math.max(...lines.map((line) => line.length));
  if (start.row + lines.length > size.rows || start.column + columns > size.columns) return { ok: false, reason: 'tooLarge', rows: lines.length, columns };
  const cells: PastedScore[] = [];
  for (const [r, line] of lines.entries()) {
    for (const [c, cell] of line.entries()) {
      const score = readScore(cell);
      if (score === undefined) return { ok: false, reason: 'notAScore', row: r + 1, column: c + 1, text: cell.trim() };
      cells.push({ row: start.row + r, column: start.column + c, score });
    }
  }
  return { ok: true, cells };
}

/** A score as typed or pasted: "85", "85,5" (rounded, comma or point), empty (none); undefined when it is not one. */
export function readScore(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}([.,]\d+)?$/.test(trimmed)) return undefined;
  const score = Math.round(Number(trimmed.replace(',', '.')));
  return score >= 0 && score <= SCORE_MAX ? score : undefined;
}

/** Spreadsheets end a copied block with a line break; it is no empty row. */
function withoutLastLineBreak(text: string): string {
  return text.replace(/\r?\n$/, '');
}
