import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { BOMB_CODES, BOMBS, xlsx } from '../helpers/spreadsheet-bombs.ts';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('spreadsheets that cannot take Rembuk down', () => {
  for (const [name, make] of Object.entries(BOMBS) as Array<[keyof typeof BOMBS, () => { fileName: string; bytes: Uint8Array }]>) {
    it(`refuses a ${name} with its own code and the limit`, async () => {
      const core = await openTestCore();
      const { fileName, bytes } = make();
      const error = await failure(core, 'spreadsheets.read', { fileName, data: base64(bytes) });
      expect(error.code).toBe(BOMB_CODES[name]);
      expect(error.details?.limit).toBeGreaterThan(0);
    });
  }

  it('reads a sheet by the cells it has: a huge declared size and a styled empty far cell cost nothing', async () => {
    const core = await openTestCore();
    const sheet = xlsx(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="3"><c r="B3" t="s"><v>2</v></c><c r="XFD3" s="1"/></row>`,
      ['Nama', 'Desa', 'Sukamaju'],
      'A1:XFD1048576',
    );
    const grid = await call(core, 'spreadsheets.read', { fileName: 'daftar.xlsx', data: base64(sheet) });
    expect(grid.sheets).toEqual([{ name: 'Daftar Hadir', rows: [['Nama', 'Desa'], ['', ''], ['', 'Sukamaju']] }]);
  });

  it('reads CSV in UTF-8 with or without BOM and UTF-16 with BOM, and says when it fell back to Windows-1252', async () => {
    const core = await openTestCore();
    const text = 'Nama,Desa\r\nBu Sri,Sukamaju – Kec. Natar\r\n';
    const rows = [['Nama', 'Desa'], ['Bu Sri', 'Sukamaju – Kec. Natar']];
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [bytes, encoding] of [
      [Buffer.from(text), 'utf-8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
      [utf16, 'utf-16le'],
    ] as const) {
      const grid = await call(core, 'spreadsheets.read', { fileName: 'daftar.csv', data: base64(bytes) });
      expect({ rows: grid.sheets[0]!.rows, encoding: grid.encoding }).toEqual({ rows, encoding });
    }
    const latin = Buffer.from([...Buffer.from('Nama,Desa\r\nJos'), 0xe9, ...Buffer.from(',Sukamaju\r\n')]);
    const grid = await call(core, 'spreadsheets.read', { fileName: 'daftar.csv', data: base64(latin) });
    expect(grid.encoding).toBe('windows-1252');
    expect(grid.sheets[0]!.rows[1]).toEqual(['José', 'Sukamaju']);
  });

  it('still reads a sign-in list at the limits: 5,050 rows of 60 columns', async () => {
    const core = await openTestCore();
    const line = Array.from({ length: 60 }, (_, i) => `k${i}`).join(',');
    const csv = Array.from({ length: 5050 }, () => line).join('\r\n');
    const grid = await call(core, 'spreadsheets.read', { fileName: 'penuh.csv', data: base64(Buffer.from(csv)) });
    expect(grid.sheets[0]!.rows).toHaveLength(5050);
    expect(grid.sheets[0]!.rows[0]).toHaveLength(60);
  });
});
