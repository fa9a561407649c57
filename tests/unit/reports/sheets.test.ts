import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { actionPlanTable, cardsTable } from '../../../electron/core/reports/sheets/rows.ts';
import { csvBytes, xlsxBytes } from '../../../electron/core/spreadsheets/write.ts';
import { lampungReportData } from './fixtures.ts';

const csv = (table: ReturnType<typeof cardsTable>) => csvBytes([table.header, ...table.rows]);

describe('the data exports', () => {
  it('have one row per card with session, group, kind, tag, votes and links, in agenda and board order', () => {
    const table = cardsTable(lampungReportData());
    expect(table.header).toEqual(['No.', 'Sesi', 'Hari', 'Kelompok', 'Jenis', 'Teks', 'Strategi', 'Suara', 'Terkait dengan', 'Gabungan', 'Penanggung jawab', 'Waktu', 'Indikator', 'Penulis']);
    expect(table.rows).toHaveLength(lampungReportData().cards.length);
    expect(table.rows[0]).toEqual([1, 'Identifikasi tantangan dan solusi perpustakaan desa', 1, 'Lampung Tengah', 'Tantangan', 'Koleksi buku anak masih sedikit', '', 3, '(No. 4) Minta donasi buku dari alumni dan CSR bank daerah', '', '', '', '', '']);
    const wifi = table.rows.find((r) => r[5] === 'Ajukan wifi desa lewat Dana Desa 👍')!;
    expect(wifi[8]).toBe('(No. 2) Internet lambat di balai desa');
    const merged = table.rows.find((r) => r[5] === 'Pengelola sering berganti')!;
    expect(merged[9]).toBe('Pengelola perpustakaan sering berganti');
    // The inbox comes after the groups of its session; the next session follows.
    const groups = table.rows.map((r) => `${r[2]}:${r[3]}`);
    expect(groups.indexOf('1:Belum dikelompokkan')).toBeGreaterThan(groups.lastIndexOf('1:Tulang Bawang'));
    expect(groups.indexOf('1:Belum dikelompokkan')).toBeLessThan(groups.indexOf('2:Lampung Tengah'));
    expect(table.rows.find((r) => r[5] === 'Kelas komputer untuk ibu-ibu PKK')![6]).toBe('Peningkatan layanan (TIK)');
    // A plan row carries its fields here too.
    expect(table.rows.find((r) => r[5] === 'Menyusun proposal wifi ke Dana Desa')!.slice(10, 13)).toEqual(['Kepala kampung dan pengelola', '2019-12-31', 'Proposal masuk APBDes 2020']);
  });

  it('list the action plan with who, when and indicator', () => {
    const table = actionPlanTable(lampungReportData({ language: 'en' }));
    expect(table.header.slice(0, 7)).toEqual(['No.', 'Session', 'Group', 'Activity', 'Responsible', 'When', 'Indicator']);
    expect(table.rows.map((r) => r.slice(2, 7))).toEqual([
      ['Lampung Tengah', 'Menyusun proposal wifi ke Dana Desa', 'Kepala kampung dan pengelola', '2019-12-31', 'Proposal masuk APBDes 2020'],
      ['Lampung Tengah', 'Rapat dengan karang taruna', 'Pengelola perpustakaan', 'Januari 2020', ''],
      ['Way Kanan', 'Pelatihan pengelola baru', '', '', ''],
    ]);
  });

  it('write CSV in UTF-8 with a byte-order mark, as the roster export does', () => {
    const table = cardsTable(lampungReportData());
    const bytes = csv(table);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder consumes the byte-order mark, as Excel does.
    const text = new TextDecoder().decode(bytes);
    const parsed = Papa.parse<string[]>(text.trim(), { delimiter: ',' });
    expect(parsed.data[0]).toEqual(table.header);
    expect(parsed.data).toHaveLength(table.rows.length + 1);
    expect(parsed.data.find((r) => r[5] === 'Pengunjung masih sepi 😟')).toBeDefined();
    const english = cardsTable(lampungReportData({ language: 'en' }));
    expect(new TextDecoder().decode(csv(english)).split('\r\n')[0]).toBe('"No.","Session","Day","Group","Kind","Text","Strategy","Votes","Linked to","Merged into","Responsible","When","Indicator","Author"');
  });

  it('never let a card that looks like a formula run in Excel (OWASP: = + - @, tab or CR first, after any spaces)', () => {
    const data = lampungReportData();
    const attacks = ['=HYPERLINK("http://contoh","klik")', '-1+1', '- 1+1', "-2+3+cmd|' /C calc'!A0", '  =1+1', '@SUM(A1)', '+62 812', '\t=1+1', '\r=1+1'];
    expect(data.cards.length).toBeGreaterThanOrEqual(attacks.length);
    attacks.forEach((text, i) => (data.cards[i]!.text = text));
    const text = new TextDecoder().decode(csv(cardsTable(data)));
    const cells = Papa.parse<string[]>(text.trim(), { delimiter: ',' }).data.flat();
    for (const attack of attacks) expect(cells).toContain(`'${attack}`);
    expect(text).toContain(`"'=HYPERLINK(""http://contoh"",""klik"")"`);
  });

  it('quote every field, so a semicolon inside text never splits a cell in Excel in Indonesian', () => {
    const data = lampungReportData();
    data.cards[0]!.text = ';=1+1';
    const semicolons = new TextDecoder().decode(csvBytes([['No', 'Teks'], [1, ';=1+1'], [2, 'Buku; majalah']], ';'));
    expect(semicolons.split('\r\n')).toEqual(['"No";"Teks"', '"1";";=1+1"', '"2";"Buku; majalah"']);
    expect(new TextDecoder().decode(csv(cardsTable(data)))).toContain('";=1+1"');
  });

  it('write an XLSX that reads back with the same rows, numbers as numbers', async () => {
    const table = cardsTable(lampungReportData());
    const rows = await readSheet(Buffer.from(await xlsxBytes([table.header, ...table.rows], { sheet: table.name, widths: table.widths })));
    expect(rows[0]).toEqual(table.header);
    expect(rows).toHaveLength(table.rows.length + 1);
    expect(rows[1]).toEqual([1, 'Identifikasi tantangan dan solusi perpustakaan desa', 1, 'Lampung Tengah', 'Tantangan', 'Koleksi buku anak masih sedikit', null, 3, '(No. 4) Minta donasi buku dari alumni dan CSR bank daerah', null, null, null, null, null]);
  });
});
