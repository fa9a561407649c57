import Papa from 'papaparse';
import type { SpreadsheetGrid, TextEncodingName } from '#shared/model.ts';
import { assertCellLength, CellCollector, IMPORT_LIMITS, UnreadableFile } from './limits.ts';
import { readXlsx } from './xlsx-reader.ts';

export { UnreadableFile } from './limits.ts';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const TEXT_EXTENSIONS = /\.(csv|tsv|txt)$/i;

/**
 * Reads an .xlsx or .csv file into text cells. The kind is told by the bytes, not the name: an
 * .xlsx is a zip with a workbook inside, an old .xls an OLE file; text is only taken from a file
 * named .csv/.tsv/.txt. Only cells with a value count, and the limits (limits.ts) are checked as
 * each arrives. Runs inside the spreadsheet worker.
 */
export async function parseSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetGrid> {
  if (startsWith(bytes, OLE)) throw new UnreadableFile('old_excel_format', 'An .xls file (Excel 97–2003)');
  if (startsWith(bytes, ZIP)) return { fileName, format: 'xlsx', sheets: readWorkbook(bytes) };
  const decoded = TEXT_EXTENSIONS.test(fileName) ? decodeText(bytes) : null;
  if (!decoded) throw new UnreadableFile('not_a_spreadsheet', 'Neither .xlsx nor a text file');
  return { fileName, format: 'csv', encoding: decoded.encoding, sheets: [{ name: fileName.replace(/\.[^.]+$/, ''), rows: readCsv(decoded.text) }] };
}

function readWorkbook(bytes: Uint8Array): SpreadsheetGrid['sheets'] {
  try {
    return readXlsx(bytes);
  } catch (error) {
    if (error instanceof UnreadableFile && error.reason !== 'spreadsheet_unreadable') throw error;
    // Word, PowerPoint and OpenDocument files are zips too; anything else is a damaged workbook.
    const otherDocument = ['word/', 'ppt/', 'opendocument'].some((part) => containsText(bytes, part));
    throw new UnreadableFile(otherDocument ? 'not_a_spreadsheet' : 'spreadsheet_unreadable', `The workbook cannot be read: ${String(error)}`);
  }
}

/** Row by row, so a row of 20,000 columns or the 5,051st row stops the reading there. */
function readCsv(text: string): string[][] {
  const collector = new CellCollector();
  let refusal: unknown = null;
  let row = 0;
  // Blank lines inside stay (they keep the line numbers the facilitator sees in Excel); the final
  // line break goes, or it would count as a one-cell row when the delimiter is guessed.
  Papa.parse<string[]>(text.replace(/[\r\n]+$/, ''), {
    skipEmptyLines: false,
    step(result, parser) {
      row++;
      try {
        result.data.forEach((cell, i) => {
          assertCellLength(cell.length);
          collector.add(row, i + 1, cell);
        });
      } catch (error) {
        refusal = error;
        parser.abort();
      }
    },
  });
  if (refusal) throw refusal;
  return collector.grid();
}

/**
 * UTF-8 (with or without BOM), UTF-16 with its BOM, else Windows-1252 (what Excel writes for "CSV"
 * on Indonesian Windows; the preview says the file was read so). Null for a binary file.
 */
function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | null {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  if (bytes.subarray(0, 4096).includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Zip entries keep their names in plain text, so a document's parts can be spotted without unzipping. */
function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

export { IMPORT_LIMITS };
