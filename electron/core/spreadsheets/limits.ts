import { MAX_IMPORT_ROWS } from '#shared/methods/participants.ts';
import { MAX_SPREADSHEET_BYTES } from '#shared/methods/spreadsheets.ts';

/**
 * How much of a spreadsheet Rembuk reads, in one place. Counted on the cells a file really has,
 * while it is being read, so a far cell (XFD1048576) or a zip bomb is refused at once instead of
 * being laid out as a grid.
 */
export const IMPORT_LIMITS = {
  bytes: MAX_SPREADSHEET_BYTES,
  /** Room above the data for titles, merged cells and a header. */
  rows: MAX_IMPORT_ROWS + 50,
  columns: 60,
  cellChars: 2000,
  /** Uncompressed size of one part of an .xlsx (a sheet, the shared strings). */
  partBytes: 48 * 1024 * 1024,
  /** The reading worker's own memory, and how long it may take. */
  workerHeapMb: 160,
  timeoutMs: 20_000,
} as const;

/** Why a file could not be read; the core turns these into coded errors the UI translates. */
export type UnreadableReason =
  | 'not_a_spreadsheet'
  | 'old_excel_format'
  | 'spreadsheet_unreadable'
  | 'file_too_large'
  | 'spreadsheet_too_many_rows'
  | 'spreadsheet_too_many_columns'
  | 'spreadsheet_cell_too_long'
  | 'spreadsheet_too_complex';

export class UnreadableFile extends Error {
  readonly reason: UnreadableReason;
  readonly limit: number | undefined;
  constructor(reason: UnreadableReason, message: string, limit?: number) {
    super(message);
    this.reason = reason;
    this.limit = limit;
  }
}

/** Collects the cells that have a value, refusing the first one past a limit. */
export class CellCollector {
  readonly #rows = new Map<number, Map<number, string>>();
  #lastRow = 0;
  #width = 0;

  /** `row` and `column` count from 1, as Excel's do. */
  add(row: number, column: number, value: string): void {
    if (value.trim() === '') return;
    if (column > IMPORT_LIMITS.columns) throw new UnreadableFile('spreadsheet_too_many_columns', `A value in column ${column}`, IMPORT_LIMITS.columns);
    if (row > IMPORT_LIMITS.rows) throw new UnreadableFile('spreadsheet_too_many_rows', `A value in row ${row}`, IMPORT_LIMITS.rows);
    assertCellLength(value.length);
    let cells = this.#rows.get(row);
    if (!cells) this.#rows.set(row, (cells = new Map()));
    cells.set(column, value);
    this.#lastRow = Math.max(this.#lastRow, row);
    this.#width = Math.max(this.#width, column);
  }

  /** Every row from the first to the last with a value, each as wide as the widest; cells trimmed. */
  grid(): string[][] {
    return Array.from({ length: this.#lastRow }, (_, r) => {
      const cells = this.#rows.get(r + 1);
      return Array.from({ length: this.#width }, (_, c) => cells?.get(c + 1)?.trim() ?? '');
    });
  }
}

export function assertCellLength(length: number): void {
  if (length > IMPORT_LIMITS.cellChars) throw new UnreadableFile('spreadsheet_cell_too_long', `A cell of ${length} characters`, IMPORT_LIMITS.cellChars);
}
