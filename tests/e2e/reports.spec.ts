import Papa from 'papaparse';
import { pdfPages, pdfText, squash } from '../unit/reports/pdf-tools.ts';
import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { DetailsPage, openSection, RosterPage } from './pages/workshop-setup.ts';
import { expect, test } from './support/fixtures.ts';
import { LAMPUNG } from './support/workshops.ts';

test('after an exercise on the board, both reports and the cards download and read back right', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']) await board.addGroup(group);
  // The meeting's details and a few people, as setup records them.
  await openSection(page, 'Detail');
  const details = new DetailsPage(page);
  await details.chooseProvince('lampung', 'Lampung');
  await page.getByLabel('Penyelenggara').fill('Dinas Perpustakaan dan Kearsipan Provinsi Lampung');
  await details.save();
  await details.addTeamMember('Sugiri', 'Master trainer/narasumber');
  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.typeParticipant('Siti Rahayu', 'Pengelola perpustakaan desa', 'Way Kanan');
  await roster.typeParticipant('Ahmad Yani', 'Kepala desa/kampung/lurah', 'Way Kanan');
  await roster.typeParticipant('Dewi Lestari', 'Pengelola perpustakaan desa', 'Lampung Tengah');
  await openSection(page, 'Papan');
  await board.typeCards('Lampung Tengah', ['Koleksi buku anak masih sedikit', 'Internet lambat di balai desa 😤', 'Salah tulis']);
  await board.typeCards('Way Kanan', ['Pengelola sering berganti']);
  // Sort like a facilitator: a card to the group it belongs to, a mistaken one deleted.
  await board.pickUp('Lampung Tengah', 'Internet lambat');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/berada di kelompok Way Kanan/)).toBeAttached();
  await page.keyboard.press('Space');
  // Where the keyboard drop lands within the column is the board's choice; the report follows it.
  const wayKanan = board.cards('Way Kanan').locator('.card-text');
  await expect(wayKanan).toHaveCount(2);
  const wayKananOrder = await wayKanan.allTextContents();
  expect([...wayKananOrder].sort()).toEqual(['Internet lambat di balai desa 😤', 'Pengelola sering berganti']);
  await board.card('Lampung Tengah', 'Salah tulis').hover();
  await board.card('Lampung Tengah', 'Salah tulis').getByRole('button', { name: 'Hapus kartu' }).click();
  await board.expectCards('Lampung Tengah', ['Koleksi buku anak masih sedikit']);

  const session = await reports.sessionReportFromBoard();
  expect(session.name).toBe('Laporan sesi PLM Provinsi Lampung 2019 - Identifikasi tantangan & solusi.pdf');
  const sessionText = squash(pdfText(session.bytes));
  expect(sessionText).toContain('LAPORAN SESI Identifikasi tantangan & solusi');
  expect(sessionText).toContain('Hari ke-1, Selasa, 15 Oktober 2019');
  expect(sessionText).toContain(`Way Kanan Tantangan 1. ${wayKananOrder[0]} 2. ${wayKananOrder[1]}`);
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
  expect(text).toContain('Tingkat Provinsi Wilayah Provinsi Lampung');
  expect(text).toContain('Penyelenggara Dinas Perpustakaan dan Kearsipan Provinsi Lampung');
  expect(squash(pdfText(workshop.bytes, { layout: true }))).toMatch(/Way Kanan 1 1 – 2 /);
  expect(text).toMatch(/Fasilitator dan narasumber .*Sugiri Master trainer\/narasumber/);
  await expect(page.getByTestId('export-job').filter({ hasText: workshop.name })).toContainText('Siap');

  const cards = await reports.download('Semua kartu sebagai CSV');
  expect([...cards.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(cards.bytes.toString('utf8').slice(1).trim(), { delimiter: ',' }).data;
  expect(rows.map((r) => [r[3], r[5]])).toEqual([
    ['Kelompok', 'Teks'],
    ['Lampung Tengah', 'Koleksi buku anak masih sedikit'],
    ...wayKananOrder.map((text) => ['Way Kanan', text]),
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

test('a big workshop’s report shows its progress, can be cancelled, and the board keeps answering', async ({ page, host }) => {
  // 400 long cards and two reports of them: 30 s on CI, more on a loaded machine.
  test.setTimeout(120_000);
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']) await board.addGroup(group);
  // 400 long cards through the same API the page uses (from the Laporan tab, so the page does
  // not draw each one): enough for the report to take a few seconds.
  await reports.openTab();
  await page.evaluate(async () => {
    const send = async (method: string, input: unknown) => {
      const response = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
      return ((await response.json()) as { value: unknown }).value;
    };
    const workshopId = location.hash.split('/')[2]!;
    const detail = (await send('workshops.get', { id: workshopId })) as { groups: Array<{ id: string }>; sessions: Array<{ id: string }> };
    const words = 'perpustakaan desa perlu koleksi buku anak dan jam buka sore untuk warga kampung yang bekerja di ladang ';
    for (let batch = 0; batch < 8; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          send('cards.create', {
            id: crypto.randomUUID(),
            sessionId: detail.sessions[0]!.id,
            groupId: detail.groups[(batch + i) % 3]!.id,
            text: `Kartu ${batch * 50 + i}: ${words.repeat(9)}`,
          }),
        ),
      );
    }
  });
  let downloads = 0;
  page.on('download', () => downloads++);

  await page.getByRole('button', { name: 'Buat laporan kegiatan (PDF)' }).click();
  const job = page.getByTestId('export-job').first();
  await expect(job.getByRole('progressbar')).toBeVisible();
  await expect(job).toContainText(/Sedang dibuat… \d+%|Menunggu giliran/);
  await job.getByRole('button', { name: 'Batalkan' }).click();
  await expect(job).toContainText('Dibatalkan');
  await expect(job.getByRole('progressbar')).toHaveCount(0);

  // The next export still works, and the board answers while it is being made.
  await page.getByRole('button', { name: 'Buat laporan kegiatan (PDF)' }).click();
  await page.getByRole('link', { name: 'Papan' }).click();
  await board.typeCards('Tulang Bawang', ['Ditulis saat laporan dibuat']);
  await expect(board.card('Tulang Bawang', 'Ditulis saat laporan dibuat')).toBeVisible();
  await expect.poll(() => downloads, { timeout: 60_000 }).toBe(1);
});
