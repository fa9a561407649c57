import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';

const ROWS = [
  ['No', 'Nama', 'L/P', 'Peran', 'Kelompok'],
  ['1', 'Siti Rahayu', 'P', 'Kepala desa/kampung/lurah', 'Way Kanan'],
  ['2', 'Ni Made Sri Wahyuni', 'P', 'Pengelola perpustakaan desa', ''],
];

describe('writing a roster file', () => {
  it('writes an .xlsx that reads back cell for cell', async () => {
    const core = await openTestCore();
    const file = await call(core, 'spreadsheets.write', { fileName: 'peserta-plm-lampung', format: 'xlsx', sheetName: 'Peserta', rows: ROWS });
    expect(file).toMatchObject({ fileName: 'peserta-plm-lampung.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const back = await call(core, 'spreadsheets.read', { fileName: file.fileName, data: file.data });
    expect(back.sheets).toEqual([{ name: 'Peserta', rows: ROWS }]);
  });

  it('writes a CSV in UTF-8 with a BOM, so Excel shows Indonesian text right', async () => {
    const core = await openTestCore();
    const file = await call(core, 'spreadsheets.write', { fileName: 'peserta', format: 'csv', sheetName: 'Peserta', rows: ROWS });
    const bytes = Buffer.from(file.data, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')[2]).toBe('"2","Ni Made Sri Wahyuni","P","Pengelola perpustakaan desa",""');
    expect((await call(core, 'spreadsheets.read', { fileName: file.fileName, data: file.data })).sheets[0]!.rows).toEqual(ROWS);
  });

  it('separates with the semicolon Excel in Indonesian expects once it is chosen, and remembers the choice', async () => {
    const core = await openTestCore();
    expect(await call(core, 'settings.update', { csvSeparator: ';' })).toEqual({ language: 'id', csvSeparator: ';' });
    const file = await call(core, 'spreadsheets.write', { fileName: 'peserta', format: 'csv', sheetName: 'Peserta', rows: ROWS });
    expect(Buffer.from(file.data, 'base64').toString('utf8').slice(1).split('\r\n')[1]).toBe('"1";"Siti Rahayu";"P";"Kepala desa/kampung/lurah";"Way Kanan"');
    expect((await call(core, 'spreadsheets.read', { fileName: file.fileName, data: file.data })).sheets[0]!.rows).toEqual(ROWS);
  });

  it('refuses an unknown format or a sheet name Excel would not accept', async () => {
    const core = await openTestCore();
    expect((await failure(core, 'spreadsheets.write', { fileName: 'x', format: 'pdf', sheetName: 'Peserta', rows: ROWS })).code).toBe('invalid_input');
    expect((await failure(core, 'spreadsheets.write', { fileName: 'x', format: 'xlsx', sheetName: 'x'.repeat(32), rows: ROWS })).code).toBe('invalid_input');
  });
});
