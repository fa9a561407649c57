import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import type { SpreadsheetGrid } from '#shared/model.ts';
import { MAX_IMPORT_ROWS } from '#shared/methods/participants.ts';

/** Why a file could not be read; the core turns these into coded errors the UI translates. */
export type UnreadableReason = 'not_a_spreadsheet' | 'old_excel_format' | 'spreadsheet_unreadable' | 'file_too_large';

export class UnreadableFile extends Error {
  readonly reason: UnreadableReason;
  constructor(reason: UnreadableReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Room above the data for titles, merged cells and a header. */
const MAX_ROWS = MAX_IMPORT_ROWS + 50;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_EXTENSIONS = /\.(csv|tsv|txt)$/i;

/**
 * Reads an .xlsx or .csv file into text cells. The kind is told by the bytes, not the name: an
 * .xlsx is a zip with a workbook inside, an old .xls an OLE file; text is only taken from a file
 * named .csv/.tsv/.txt. Runs inside the spreadsheet worker.
 */
export async function parseSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetGrid> {
  if (startsWith(bytes, OLE)) throw new UnreadableFile('old_excel_format', 'An .xls file (Excel 97–2003)');
  if (startsWith(bytes, ZIP)) return { fileName, format: 'xlsx', sheets: await readWorkbook(bytes) };
  if (!TEXT_EXTENSIONS.test(fileName) || looksBinary(bytes)) throw new UnreadableFile('not_a_spreadsheet', 'Neither .xlsx nor a text file');
  return { fileName, format: 'csv', sheets: [{ name: fileName.replace(/\.[^.]+$/, ''), rows: readCsv(bytes) }] };
}

async function readWorkbook(bytes: Uint8Array): Promise<SpreadsheetGrid['sheets']> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    // Word, PowerPoint and OpenDocument files are zips too; anything else is a damaged workbook.
    const otherDocument = ['word/', 'ppt/', 'opendocument'].some((part) => containsText(bytes, part));
    throw new UnreadableFile(otherDocument ? 'not_a_spreadsheet' : 'spreadsheet_unreadable', `The workbook cannot be read: ${String(error)}`);
  }
  return sheets.map(({ sheet, data }) => ({ name: sheet, rows: tidy(data.map((row) => row.map(cellText))) }));
}

function readCsv(bytes: Uint8Array): string[][] {
  // Blank lines inside stay (they keep the line numbers the facilitator sees in Excel); the final
  // line break goes, or it would count as a one-cell row when the delimiter is guessed.
  const result = Papa.parse<string[]>(decodeText(bytes).replace(/[\r\n]+$/, ''), { skipEmptyLines: false });
  return tidy(result.data);
}

/** UTF-8 (with or without BOM); else Windows-1252, which Excel uses for "CSV" on Indonesian Windows. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Every cell as trimmed text; rows padded to one width; empty rows at the end dropped. */
function tidy(rows: string[][]): string[][] {
  const trimmed = rows.map((row) => row.map((cell) => (cell ?? '').trim()));
  while (trimmed.length > 0 && trimmed.at(-1)!.every((cell) => cell === '')) trimmed.pop();
  if (trimmed.length > MAX_ROWS) throw new UnreadableFile('file_too_large', `More than ${MAX_ROWS} rows`);
  const width = Math.max(0, ...trimmed.map((row) => row.length));
  return trimmed.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Zip entries keep their names in plain text, so a document's parts can be spotted without unzipping. */
function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 4096).includes(0);
}
