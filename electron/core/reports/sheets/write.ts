import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { Language } from '#shared/model.ts';
import type { SheetTable } from './rows.ts';

const BOM = '\uFEFF';

/**
 * CSV in UTF-8 with a byte-order mark, so Excel reads "Way Kanan – Pojok baca" correctly.
 * The separator follows the language's number format: an Indonesian Excel (decimal comma)
 * splits columns at ";", an English one at ",". Text that starts like a formula is escaped.
 */
export function toCsv(table: SheetTable, language: Language): Uint8Array {
  const csv = Papa.unparse({ fields: table.header, data: table.rows }, { delimiter: language === 'id' ? ';' : ',', newline: '\r\n', escapeFormulae: true });
  return new TextEncoder().encode(BOM + csv + '\r\n');
}

/** One sheet: a bold, frozen header row and text that wraps in wide columns. */
export async function toXlsx(table: SheetTable): Promise<Uint8Array> {
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((value) => (typeof value === 'number' ? { value, type: Number } : { value, type: String, wrap: true })));
  const buffer = await writeXlsxFile([header, ...rows], {
    sheet: table.name.slice(0, 31),
    columns: table.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
