import Papa from 'papaparse';
import { pdfPages, pdfText } from '../unit/reports/pdf-tools.ts';
import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';

const LAMPUNG = { title: 'PLM Provinsi Lampung 2019', startDate: '2019-10-15', endDate: '2019-10-17', venue: 'Hotel Novotel, Bandar Lampung' };
const squash = (text: string) => text.replace(/\s+/g, ' ');

test('after an exercise on the board, both reports and the cards download and read back right', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']) await board.addGroup(group);
  await board.typeCards('Lampung Tengah', ['Koleksi buku anak masih sedikit', 'Internet lambat di balai desa 😤', 'Salah tulis']);
  await board.typeCards('Way Kanan', ['Pengelola sering berganti']);
  // Sort like a facilitator: a card to the group it belongs to, a mistaken one deleted.
  await board.pickUp('Lampung Tengah', 'Internet lambat');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/berada di kelompok Way Kanan/)).toBeAttached();
  await page.keyboard.press('Space');
  await board.expectCards('Way Kanan', ['Pengelola sering berganti', 'Internet lambat di balai desa 😤']);
  await board.card('Lampung Tengah', 'Salah tulis').hover();
  await board.card('Lampung Tengah', 'Salah tulis').getByRole('button', { name: 'Hapus kartu' }).click();
  await board.expectCards('Lampung Tengah', ['Koleksi buku anak masih sedikit']);

  const session = await reports.sessionReportFromBoard();
  expect(session.name).toBe('Laporan sesi PLM Provinsi Lampung 2019 - Identifikasi tantangan & solusi.pdf');
  const sessionText = squash(pdfText(session.bytes));
  expect(sessionText).toContain('LAPORAN SESI Identifikasi tantangan & solusi');
  expect(sessionText).toContain('Hari ke-1, Selasa, 15 Oktober 2019');
  expect(sessionText).toMatch(/Way Kanan Tantangan 1\. Pengelola sering berganti 2\. Internet lambat di balai desa 😤/);
  expect(sessionText).not.toContain('Salah tulis');
  expect(sessionText).toContain('Kelompok tanpa kartu di sesi ini: Tulang Bawang');
  expect(sessionText).toContain('Halaman 1 dari 1');
  await expect(page.getByText(`Diunduh: ${session.name}`)).toBeVisible();

  await reports.openTab();
  const workshop = await reports.workshopReport();
  expect(workshop.name).toBe('Laporan PLM Provinsi Lampung 2019.pdf');
  const pages = pdfPages(workshop.bytes);
  expect(pages[0]).toContain('LAPORAN KEGIATAN');
  expect(pages[1]).toContain(`Halaman 2 dari ${pages.length}`);
  const text = squash(pdfText(workshop.bytes));
  for (const part of ['Ringkasan', 'Agenda', 'Sesi 1: Identifikasi tantangan & solusi', 'Matriks tantangan per kelompok', 'Penutup']) expect(text).toContain(part);
  expect(text).toContain('Bandar Lampung, 17 Oktober 2019');
  await expect(page.getByTestId('export-job').filter({ hasText: workshop.name })).toContainText('Siap');

  const cards = await reports.download('Semua kartu sebagai CSV');
  expect([...cards.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(cards.bytes.toString('utf8').slice(1).trim(), { delimiter: ';' }).data;
  expect(rows.map((r) => [r[2], r[4]])).toEqual([
    ['Kelompok', 'Teks'],
    ['Lampung Tengah', 'Koleksi buku anak masih sedikit'],
    ['Way Kanan', 'Pengelola sering berganti'],
    ['Way Kanan', 'Internet lambat di balai desa 😤'],
  ]);
});

test('in English, the reports are in English too', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await list.create(LAMPUNG, { title: 'Title', start: 'First day', end: 'Last day', venue: 'Venue', submit: 'Create meeting' });
  await board.addGroup('Way Kanan');
  await board.typeCards('Way Kanan', ['Slow internet']);
  await reports.openTab();
  const workshop = await reports.workshopReport();
  expect(workshop.name).toBe('Report PLM Provinsi Lampung 2019.pdf');
  const text = squash(pdfText(workshop.bytes));
  expect(text).toContain('ACTIVITY REPORT');
  expect(text).toContain('Day 1, Tuesday, 15 October 2019');
  expect(text).toMatch(/Page 2 of \d+/);
  await expect(page.getByText(`Downloaded: ${workshop.name}`)).toBeVisible();
});
