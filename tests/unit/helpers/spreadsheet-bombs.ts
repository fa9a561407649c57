import { strToU8, zipSync } from 'fflate';

/**
 * Spreadsheets made to take an importer down (issue #10): a lone far cell, 20,000 columns, a 10 MB
 * cell, 200,000 rows. Small on disk, huge when laid out as a grid. Shared by tests and the bench.
 */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A one-sheet .xlsx; `sheetData` is the sheet's rows as XML, `strings` its shared strings. */
export function xlsx(sheetData: string, strings: string[] = [], dimension = 'A1'): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Daftar Hadir" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${sheetData}</sheetData></worksheet>`,
    ),
  };
  if (strings.length) {
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${escape(s)}</t></si>`).join('')}</sst>`,
    );
  }
  return zipSync(files, { level: 9 });
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${escape(text)}</t></is></c>`;

export const BOMBS = {
  /** One far cell: read as a grid, 5,000 × 16,384 cells. */
  'far cell XFD5000': () => ({ fileName: 'jauh.xlsx', bytes: xlsx(`<row r="1">${inline('A1', 'Nama')}</row><row r="5000">${inline('XFD5000', 'x')}</row>`) }),
  'far cell XFD1048576': () => ({ fileName: 'jauh.xlsx', bytes: xlsx(`<row r="1">${inline('A1', 'Nama')}</row><row r="1048576">${inline('XFD1048576', 'x')}</row>`) }),
  '20,000 columns (CSV)': () => ({ fileName: 'lebar.csv', bytes: new TextEncoder().encode(`${Array.from({ length: 20_000 }, (_, i) => `k${i}`).join(',')}\r\n`.repeat(3)) }),
  '10 MB cell (.xlsx)': () => ({ fileName: 'sel.xlsx', bytes: xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ['a'.repeat(10 * 1024 * 1024)]) }),
  '200,000 rows (CSV)': () => ({ fileName: 'panjang.csv', bytes: new TextEncoder().encode(Array.from({ length: 200_000 }, (_, i) => `P${i},D${i}`).join('\r\n')) }),
  '200,000 rows (.xlsx)': () => ({
    fileName: 'panjang.xlsx',
    bytes: xlsx(Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')),
  }),
} as const;

export const BOMB_CODES: Record<keyof typeof BOMBS, string> = {
  'far cell XFD5000': 'spreadsheet_too_many_columns',
  'far cell XFD1048576': 'spreadsheet_too_many_columns',
  '20,000 columns (CSV)': 'spreadsheet_too_many_columns',
  '10 MB cell (.xlsx)': 'spreadsheet_cell_too_long',
  '200,000 rows (CSV)': 'spreadsheet_too_many_rows',
  '200,000 rows (.xlsx)': 'spreadsheet_too_many_rows',
};
