import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { ParsedInput } from '#shared/api.ts';
import type { CsvSeparator, ExportedFile } from '#shared/model.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOM = '\uFEFF';
/**
 * Text a spreadsheet could run as a formula (OWASP's rule): its first character that is not a
 * space is = + - or @, or it starts with a tab or a carriage return. Such a cell gets a leading
 * apostrophe, so "-1+1" and "-2+3+cmd|' /C calc'!A0" stay text.
 */
const FORMULA_START = /^[^\S\t\r]*[=+\-@\t\r]/;

/** One cell of an exported sheet: text, or a number Excel can sum. */
export type SheetValue = string | number;

/**
 * Every spreadsheet Rembuk writes goes through here, so the roster, the cards and the action
 * plan open the same way. CSV is UTF-8 with a BOM (without it Excel reads "Perpustakaan Desa
 * Sukamaju – Kec. …" as Latin-1), every field quoted (a ";" inside text never splits a cell), and
 * separated by a comma or, for Excel in Indonesian, a semicolon.
 */
export function csvBytes(rows: SheetValue[][], separator: CsvSeparator = ','): Uint8Array {
  return new TextEncoder().encode(BOM + Papa.unparse(rows, { newline: '\r\n', delimiter: separator, quotes: true, escapeFormulae: FORMULA_START }));
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
export async function writeSpreadsheet({ fileName, format, sheetName, rows }: ParsedInput<'spreadsheets.write'>, separator: CsvSeparator): Promise<ExportedFile> {
  if (format === 'csv') return { fileName: `${fileName}.csv`, mimeType: 'text/csv;charset=utf-8', data: Buffer.from(csvBytes(rows, separator)).toString('base64') };
  return { fileName: `${fileName}.xlsx`, mimeType: XLSX_TYPE, data: Buffer.from(await xlsxBytes(rows, { sheet: sheetName })).toString('base64') };
}
