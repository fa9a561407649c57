import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { ParsedInput } from '#shared/api.ts';
import type { ExportedFile } from '#shared/model.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOM = '\uFEFF';
/**
 * Text Excel would run as a formula: "=…", "+…", "@…", and "-" before something that is not a
 * space or a digit ("- koleksi" and "-5" stay as typed, "-A1+B1" does not run).
 */
const FORMULA_START = /^[=+@\t\r]|^-[^\s\d]/;

/** One cell of an exported sheet: text, or a number Excel can sum. */
export type SheetValue = string | number;

/**
 * Every spreadsheet Rembuk writes goes through here, so the roster, the cards and the action
 * plan open the same way. CSV is comma-separated UTF-8 with a BOM: without the BOM Excel reads
 * "Perpustakaan Desa Sukamaju – Kec. …" as Latin-1.
 */
export function csvBytes(rows: SheetValue[][]): Uint8Array {
  return new TextEncoder().encode(BOM + Papa.unparse(rows, { newline: '\r\n', escapeFormulae: FORMULA_START }));
}

/** One sheet with a bold, frozen header row; text wraps in its column, numbers stay numbers. */
export async function xlsxBytes(rows: SheetValue[][], options: { sheet: string; widths?: number[] }): Promise<Uint8Array> {
  const [header = [], ...body] = rows;
  const cell = (value: SheetValue) => (typeof value === 'number' ? { value, type: Number } : value === '' ? null : { value, type: String, wrap: true });
  const data = [header.map((value) => ({ value: String(value), fontWeight: 'bold' as const })), ...body.map((row) => row.map(cell))];
  const widths = options.widths ?? header.map((_, i) => Math.min(45, Math.max(6, ...rows.map((r) => String(r[i] ?? '').length + 2))));
  const buffer = await writeXlsxFile(data, { sheet: options.sheet.slice(0, 31), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** A one-sheet file from rows of text, the first row being the header. */
export async function writeSpreadsheet({ fileName, format, sheetName, rows }: ParsedInput<'spreadsheets.write'>): Promise<ExportedFile> {
  if (format === 'csv') return { fileName: `${fileName}.csv`, mimeType: 'text/csv;charset=utf-8', data: Buffer.from(csvBytes(rows)).toString('base64') };
  return { fileName: `${fileName}.xlsx`, mimeType: XLSX_TYPE, data: Buffer.from(await xlsxBytes(rows, { sheet: sheetName })).toString('base64') };
}
