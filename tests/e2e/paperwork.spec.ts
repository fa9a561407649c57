import { Jimp } from 'jimp';
import { pdfPages, pdfText, squash } from '../unit/reports/pdf-tools.ts';
import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { openSection, RosterPage } from './pages/workshop-setup.ts';
import { expectAccessible } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { LAMPUNG } from './support/workshops.ts';

/** A photo as a laptop has it: a 2400 × 1800 JPEG. */
async function photo(): Promise<Buffer> {
  const image = new Jimp({ width: 2400, height: 1800, color: 0x2e7d32ff });
  return image.getBuffer('image/jpeg', { quality: 80 });
}

test('photos and minutes of a session reach the board strip and the report; the daftar hadir and certificates print', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Lampung Tengah', 'Way Kanan']) await board.addGroup(group);
  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.typeParticipant('Siti Rahayu', 'Pengelola perpustakaan desa', 'Way Kanan');
  await roster.typeParticipant('Dewi Lestari', 'Pengelola perpustakaan desa', 'Lampung Tengah');

  await openSection(page, 'Dokumentasi');
  const session = page.getByRole('region', { name: /Identifikasi tantangan/ });
  await session.getByLabel(/^Tambah foto untuk/).setInputFiles({ name: 'plano-way-kanan.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  const caption = session.getByLabel('Keterangan foto 1');
  await expect(caption).toBeVisible({ timeout: 20_000 });
  await caption.fill('Plano kelompok Way Kanan');
  await caption.press('Enter');
  await session.getByLabel(/^Notulen/).fill('Dibuka oleh **Kepala Dinas**.\n- Koleksi buku anak\n- Internet desa');
  await session.getByRole('button', { name: 'Simpan notulen' }).click();
  await expect(page.getByText('Notulen tersimpan.')).toBeVisible();
  await expectAccessible(page, 'the documentation page');

  // The board's session bar shows the photo.
  await openSection(page, 'Papan');
  await expect(page.getByRole('group', { name: 'Foto sesi ini' }).locator('img')).toHaveCount(1);

  await reports.openTab();
  await expectAccessible(page, 'the reports page with the paperwork');
  const report = await reports.workshopReport();
  const text = squash(pdfText(report.bytes));
  expect(text).toContain('Notulen Dibuka oleh Kepala Dinas. Koleksi buku anak Internet desa');
  expect(text).toMatch(/Lampiran: Dokumentasi .*Plano kelompok Way Kanan/);
  expect(text).toMatch(/Lampiran: Daftar peserta .*Dewi Lestari .*Siti Rahayu/);

  await page.getByRole('combobox', { name: 'Hari', exact: true }).selectOption({ label: 'Hari ke-2' });
  const sheet = await reports.download('Buat daftar hadir (PDF)');
  expect(sheet.name).toBe('Daftar hadir PLM Provinsi Lampung 2019 - Hari ke-2.pdf');
  expect(squash(pdfText(sheet.bytes))).toMatch(/DAFTAR HADIR .*Hari ke-2, Rabu, 16 Oktober 2019 .*Kelompok: Lampung Tengah .*Dewi Lestari .*Kelompok: Way Kanan .*Siti Rahayu/);

  await page.getByLabel('Nama penanda tangan').fill('Drs. Hendri');
  await page.getByLabel('NIP').fill('19700101 199003 1 001');
  await page.getByLabel('Jabatan').fill('Kepala Dinas Perpustakaan Provinsi Lampung');
  await page.getByRole('button', { name: 'Simpan penanda tangan' }).click();
  await expect(page.getByText('Penanda tangan tersimpan.')).toBeVisible();
  const certificates = await reports.download('Buat sertifikat (PDF)');
  const pages = pdfPages(certificates.bytes).map(squash);
  expect(pages).toHaveLength(2);
  expect(pages[0]).toMatch(/SERTIFIKAT Nomor: 001\/PLM\/2019 .*Dewi Lestari .*Drs\. Hendri NIP\. 19700101 199003 1 001/);
});
