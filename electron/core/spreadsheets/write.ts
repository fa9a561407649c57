import Papa from 'papaparse';
import writeXlsxFile from 'write-excel-file/node';
import type { ParsedInput } from '#shared/api.ts';
import type { ExportedFile } from '#shared/model.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BOM = '\uFEFF';

/**
 * A one-sheet file from rows of text, the first row being the header. CSV is comma-separated
 * UTF-8 with a BOM: without the BOM Excel reads "Perpustakaan Desa Sukamaju – Kec. …" as Latin-1.
 */
export async function writeSpreadsheet({ fileName, format, sheetName, rows }: ParsedInput<'spreadsheets.write'>): Promise<ExportedFile> {
  if (format === 'csv') {
    const text = BOM + Papa.unparse(rows, { newline: '\r\n' });
    return { fileName: `${fileName}.csv`, mimeType: 'text/csv;charset=utf-8', data: Buffer.from(text, 'utf8').toString('base64') };
  }
  const [header = [], ...body] = rows;
  const data = [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...body.map((row) => row.map((value) => (value === '' ? null : value)))];
  const columns = header.map((_, i) => ({ width: Math.min(45, Math.max(6, ...rows.map((r) => (r[i] ?? '').length + 2))) }));
  const buffer = await writeXlsxFile(data, { sheet: sheetName, columns, stickyRowsCount: 1 }).toBuffer();
  return { fileName: `${fileName}.xlsx`, mimeType: XLSX_TYPE, data: buffer.toString('base64') };
}
