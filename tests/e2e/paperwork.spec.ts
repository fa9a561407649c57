import { pdfPages, pdfText, squash } from '../unit/reports/pdf-tools.ts';
import { BoardPage } from './pages/board.ts';
import { DocumentationPage, photo } from './pages/documentation.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { openSection, RosterPage } from './pages/workshop-setup.ts';
import { expectAccessible } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';
import { untilArrowsListened } from './support/keyboard-drag.ts';
import { LAMPUNG } from './support/workshops.ts';

test('photos and minutes of a session reach the board strip and the report; the daftar hadir and certificates print', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  const documentation = new DocumentationPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Lampung Tengah', 'Way Kanan']) await board.addGroup(group);
  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.typeParticipant('Siti Rahayu', 'Pengelola perpustakaan desa', 'Way Kanan');
  await roster.typeParticipant('Dewi Lestari', 'Pengelola perpustakaan desa', 'Lampung Tengah');

  await documentation.open();
  const session = documentation.section(/Identifikasi tantangan/);
  await documentation.addPhotos(session, [
    { name: 'plano-way-kanan.jpg', buffer: await photo() },
    { name: 'ruangan.jpg', buffer: await photo(800, 600, 0x1565c0ff) },
  ]);
  await documentation.caption(session, 1, 'Plano kelompok Way Kanan');
  await documentation.caption(session, 2, 'Suasana ruangan');
  await session.getByLabel(/^Notulen/).fill('Dibuka oleh **Kepala Dinas**.\n- Koleksi buku anak\n- Internet desa');
  await session.getByRole('button', { name: 'Simpan notulen' }).click();
  await expect(page.getByText('Notulen tersimpan.')).toBeVisible();
  await expectAccessible(page, 'the documentation page');

  // A second window (the notulis' laptop through the host) follows every change.
  const other = await page.context().newPage();
  await other.goto(page.url());
  const elsewhere = new DocumentationPage(other).section(/Identifikasi tantangan/);
  await new DocumentationPage(other).expectCaptions(elsewhere, ['Plano kelompok Way Kanan', 'Suasana ruangan']);

  // The room photo goes first, by keyboard on its handle.
  await session.getByRole('button', { name: 'Geser foto 2' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('Foto 2 diangkat, urutan 2 dari 2.')).toBeAttached();
  await untilArrowsListened(page);
  // At a person's pace: each step is announced before the next key.
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('Foto 2 berada di urutan 1 dari 2.')).toBeAttached();
  await page.keyboard.press('Space');
  await documentation.expectCaptions(session, ['Suasana ruangan', 'Plano kelompok Way Kanan']);
  await new DocumentationPage(other).expectCaptions(elsewhere, ['Suasana ruangan', 'Plano kelompok Way Kanan']);

  // Full size: the stored 1600 px image; ← goes to the photo before; Esc gives the focus back.
  await session.getByRole('button', { name: 'Lihat foto 2 ukuran penuh' }).click();
  const viewer = page.getByRole('dialog', { name: 'Foto 2 dari 2' });
  await expect(viewer.getByRole('img', { name: 'Foto 2: Plano kelompok Way Kanan' })).toHaveJSProperty('naturalWidth', 1600);
  await expectAccessible(page, 'a photo full size');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('dialog', { name: 'Foto 1 dari 2' }).getByText('Suasana ruangan')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(session.getByRole('button', { name: 'Lihat foto 1 ukuran penuh' })).toBeFocused();

  // Deleted without a question: the focus goes to the next photo, and Ctrl+Z brings it back.
  await session.getByRole('button', { name: 'Hapus foto 1' }).click();
  await documentation.expectCaptions(session, ['Plano kelompok Way Kanan']);
  await expect(page.getByRole('status').filter({ hasText: '1 foto dihapus.' })).toBeVisible();
  await expect(session.getByRole('button', { name: 'Hapus foto 1' })).toBeFocused();
  await new DocumentationPage(other).expectCaptions(elsewhere, ['Plano kelompok Way Kanan']);
  await page.keyboard.press('Control+z');
  await documentation.expectCaptions(session, ['Suasana ruangan', 'Plano kelompok Way Kanan']);
  await new DocumentationPage(other).expectCaptions(elsewhere, ['Suasana ruangan', 'Plano kelompok Way Kanan']);
  await other.close();

  // The board's session bar shows the photos.
  await openSection(page, 'Papan');
  await expect(page.getByRole('group', { name: 'Foto sesi ini' }).locator('img')).toHaveCount(2);

  await reports.openTab();
  await expectAccessible(page, 'the reports page with the paperwork');
  const report = await reports.workshopReport();
  const text = squash(pdfText(report.bytes));
  expect(text).toContain('Notulen Dibuka oleh Kepala Dinas. Koleksi buku anak Internet desa');
  expect(text).toMatch(/Lampiran: Dokumentasi .*Suasana ruangan .*Plano kelompok Way Kanan/);
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

test('in English, the documentation page, a photo full size and the certificate panel are accessible; a deleted last photo leaves the focus on "Add photos"', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await expect(page.getByRole('heading', { level: 1, name: LAMPUNG.title })).toBeVisible();
  const workshopId = new URL(page.url()).hash.split('/')[2]!;
  const data = (await photo(640, 480)).toString('base64');
  await reports.api('photos.add', { workshopId, data, caption: 'Opening by the head of the Dinas' });

  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await openSection(page, 'Documentation');
  const meeting = page.getByRole('region', { name: 'The meeting (all of it)' });
  await expect(meeting.getByLabel('Caption of photo 1')).toHaveValue('Opening by the head of the Dinas');
  await expectAccessible(page, 'the documentation page in English');
  await meeting.getByRole('button', { name: 'View photo 1 full size' }).click();
  await expect(page.getByRole('dialog', { name: 'Photo 1 of 1' }).getByRole('img', { name: 'Photo 1: Opening by the head of the Dinas' })).toBeVisible();
  await expectAccessible(page, 'a photo full size in English');
  await page.keyboard.press('Escape');

  await meeting.getByRole('button', { name: 'Delete photo 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(meeting.getByText('No photos yet.')).toBeVisible();
  await expect(meeting.getByLabel('Add photos for The meeting (all of it)')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Photo deleted.' })).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(meeting.getByLabel('Caption of photo 1')).toHaveValue('Opening by the head of the Dinas');

  await reports.openTab();
  await expect(page.getByRole('heading', { name: 'Certificates' })).toBeVisible();
  await expectAccessible(page, 'the reports page with the paperwork in English');
});
