import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BoardPage } from './pages/board.ts';
import { DetailsPage, GroupsPage, openSection, RosterPage, SummaryPage } from './pages/workshop-setup.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';
import { untilArrowsListened } from './support/keyboard-drag.ts';
import { LAMPUNG } from './support/workshops.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'roster');
const KABUPATEN = [
  ['lampung teng', 'Kabupaten Lampung Tengah', 'Lampung Tengah'],
  ['way kanan', 'Kabupaten Way Kanan', 'Way Kanan'],
  ['tulang bawang', 'Kabupaten Tulang Bawang', 'Tulang Bawang'],
  ['lampung sel', 'Kabupaten Lampung Selatan', 'Lampung Selatan'],
  ['lampung tim', 'Kabupaten Lampung Timur', 'Lampung Timur'],
] as const;

test('a facilitator sets up the Lampung meeting of the seed articles: 5 kabupaten, 59 participants, counts per group', async ({ page, host }) => {
  test.setTimeout(120_000);
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await expect(page.getByRole('heading', { name: LAMPUNG.title })).toBeVisible();

  await openSection(page, 'Detail');
  const details = new DetailsPage(page);
  // An empty field shows an example, marked as one: grey words alone read as filled in.
  for (const field of ['Penyelenggara', 'Tempat']) await expect(page.getByLabel(field, { exact: true })).toHaveAttribute('placeholder', /^mis\. /);
  await details.chooseProvince('lampung', 'Lampung');
  await page.getByLabel('Penyelenggara').fill('Perpustakaan Nasional RI');
  await details.save();
  // The mentor of the opening session, on the team list (a roster entry with his role).
  await details.addTeamMember('Sugiri', 'Master trainer/narasumber');

  await openSection(page, 'Kelompok');
  const groups = new GroupsPage(page);
  for (const [typed, region, name] of KABUPATEN) await groups.addKabupaten(typed, region, name);
  await groups.expectNames(KABUPATEN.map(([, , name]) => name));
  await expect(groups.rows().first()).toContainText('Kabupaten Lampung Tengah, Lampung');

  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.importFile(join(FIXTURES, 'daftar-hadir-plm-lampung-2019-contoh.xlsx'));
  await expect(page.getByText('Baris 64: nama kosong.')).toBeVisible();
  await expect(page.getByText('Baris 58 (Dewi Lestari): kelompok “Provinsi Lampung” tidak dikenal.')).toBeVisible();
  // The provincial team (Tim Sinergi) sits in no kabupaten group.
  await roster.mapGroupText('Provinsi Lampung', 'Tanpa kelompok');
  await expect(page.getByText('56 siap diimpor · 1 bermasalah · 0 sudah ada di daftar · 4 baris diabaikan')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 56 peserta' }).click();
  await expect(page.getByRole('heading', { name: '57 peserta' })).toBeVisible();

  // The sample list has one more Lampung Timur librarian than the article counts.
  await roster.remove('Rina Setiawan');
  // The article's 59 include the district facilitators, typed in from the paper list.
  for (const name of ['Fasilitator Lampung Tengah', 'Fasilitator Way Kanan', 'Fasilitator Tulang Bawang']) {
    await roster.typeParticipant(name, 'Fasilitator daerah', 'Tanpa kelompok');
  }
  await expect(page.getByRole('heading', { name: '59 peserta' })).toBeVisible();

  await openSection(page, 'Ringkasan');
  const summary = new SummaryPage(page);
  await expect(page.getByRole('heading', { name: 'Ringkasan peserta: 59 orang' })).toBeVisible();
  expect(await summary.row('Lampung Tengah')).toMatchObject({ Jumlah: '15', Perpusda: '3', Perpusdes: '6', Kades: '6' });
  expect(await summary.row('Way Kanan')).toMatchObject({ Jumlah: '16', Perpusda: '3', Perpusdes: '6', Kades: '6', 'Penerima manfaat': '1' });
  expect(await summary.row('Tulang Bawang')).toMatchObject({ Jumlah: '12', Perpusda: '3', Perpusdes: '4', Kades: '4', 'Penerima manfaat': '1' });
  expect(await summary.row('Lampung Selatan')).toMatchObject({ Jumlah: '4', Perpusda: '2', Perpusdes: '1', Kades: '1' });
  expect(await summary.row('Lampung Timur')).toMatchObject({ Jumlah: '4', Perpusda: '2', Perpusdes: '1', Kades: '1' });
  expect(await summary.row('Tanpa kelompok')).toMatchObject({ Jumlah: '8', Provinsi: '4', Fasilitator: '3', Narasumber: '1' });
  expect(await summary.row('Jumlah')).toMatchObject({ Jumlah: '59' });
  await expect(page.getByText('Way Kanan: 16 orang — 6 pengelola perpustakaan desa, 6 kepala desa/kampung/lurah, 3 staf perpustakaan kabupaten/kota, 1 penerima manfaat (impact)')).toBeVisible();

  // The board shows the same five groups, in the same order.
  await openSection(page, 'Papan');
  const board = new BoardPage(page);
  for (const [, , name] of KABUPATEN) await expect(board.column(name)).toBeVisible();
});

test('check-in per day: typing a few letters and Enter, a late arrival added on the spot, and the counts per day', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await openSection(page, 'Kelompok');
  await new GroupsPage(page).addKabupaten('way kanan', 'Kabupaten Way Kanan', 'Way Kanan');
  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.typeParticipant('Siti Rahayu', 'Kepala desa/kampung/lurah', 'Way Kanan');
  await roster.typeParticipant('Sri Rahayu', 'Pengelola perpustakaan desa', 'Way Kanan');

  await openSection(page, 'Kehadiran');
  await page.getByRole('tab', { name: /Hari 2/ }).click();
  const field = page.getByLabel('Cari nama untuk absen');
  await field.fill('sit');
  await expect(page.getByText('Enter: Siti Rahayu (Way Kanan) hadir')).toBeVisible();
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Siti Rahayu (Way Kanan) hadir hari 2.' })).toBeVisible();
  await expect(page.getByText('Hadir hari 2: 1 dari 2 peserta')).toBeVisible();

  // Not on the list: Enter offers the late-arrival form with the typed name.
  await field.fill('Rudi Hartono');
  await field.press('Enter');
  const late = page.getByRole('form', { name: 'Peserta yang datang terlambat' });
  await late.getByLabel('Kelompok').selectOption({ label: 'Way Kanan' });
  await late.getByRole('button', { name: 'Tambah dan tandai hadir hari 2' }).click();
  await expect(page.getByText('Hadir hari 2: 2 dari 3 peserta')).toBeVisible();
  await page.getByRole('checkbox', { name: /Sri Rahayu/ }).check();
  await expect(page.getByText('Hadir hari 2: 3 dari 3 peserta')).toBeVisible();
  await page.getByRole('tab', { name: /Hari 1/ }).click();
  await expect(page.getByText('Hadir hari 1: 0 dari 3 peserta')).toBeVisible();

  await page.reload();
  await openSection(page, 'Ringkasan');
  expect(await new SummaryPage(page).row('Way Kanan')).toMatchObject({ Jumlah: '3', 'Hadir H1 15 Okt': '0', 'Hadir H2 16 Okt': '3', 'Hadir H3 17 Okt': '0' });
});

test('groups: reordered with the keyboard, recoloured, deleted with their cards moved to the inbox', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await openSection(page, 'Kelompok');
  const groups = new GroupsPage(page);
  for (const [typed, region, name] of KABUPATEN.slice(0, 3)) await groups.addKabupaten(typed, region, name);

  await page.getByRole('button', { name: /Pindahkan kelompok Tulang Bawang/ }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByText(/Kelompok Tulang Bawang diangkat/)).toBeAttached();
  await untilArrowsListened(page);
  // At a person's pace: each step is announced before the next key (as in the board's keyboard test).
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Kelompok Tulang Bawang berada di urutan 2 dari 3.')).toBeAttached();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Kelompok Tulang Bawang berada di urutan 1 dari 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await groups.expectNames(['Tulang Bawang', 'Lampung Tengah', 'Way Kanan']);
  await page.getByLabel('Warna kelompok Way Kanan').selectOption({ label: 'Ungu' });

  await openSection(page, 'Papan');
  await board.typeCards('Way Kanan', ['Sinyal lemah', 'Koleksi sedikit']);
  await openSection(page, 'Kelompok');
  await page.reload();
  await groups.expectNames(['Tulang Bawang', 'Lampung Tengah', 'Way Kanan']);
  await expect(page.getByLabel('Warna kelompok Way Kanan')).toHaveValue('purple');
  await page.getByRole('button', { name: 'Hapus kelompok Way Kanan' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Hapus kelompok Way Kanan?' });
  await expect(dialog).toContainText('2 kartu kelompok ini akan pindah ke “Belum dikelompokkan”');
  await dialog.getByRole('button', { name: 'Hapus kelompok' }).click();
  await groups.expectNames(['Tulang Bawang', 'Lampung Tengah']);

  await openSection(page, 'Papan');
  await board.expectCards('Belum dikelompokkan', ['Sinyal lemah', 'Koleksi sedikit']);
});

test('bad input: dates out of order, a broken or non-spreadsheet file; clear messages and nothing changed', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await openSection(page, 'Detail');
  await page.getByLabel('Hari terakhir', { exact: true }).fill('14/10/2019');
  await page.getByRole('button', { name: 'Simpan detail' }).click();
  await expect(page.getByRole('alert')).toContainText('Hari terakhir tidak boleh sebelum hari pertama.');
  await page.reload();
  await expect(page.getByLabel('Hari terakhir', { exact: true })).toHaveValue('17/10/2019');

  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.importFile(join(FIXTURES, 'rusak.xlsx'));
  await expect(page.getByRole('alert').last()).toContainText('Berkas spreadsheet ini rusak atau tidak bisa dibaca.');
  await page.getByLabel('Berkas daftar hadir').setInputFiles(join(FIXTURES, 'foto-kegiatan.xlsx'));
  await expect(page.getByRole('alert').last()).toContainText('Berkas ini bukan spreadsheet. Pilih berkas .xlsx atau .csv.');
  await page.getByLabel('Berkas daftar hadir').setInputFiles(join(FIXTURES, 'daftar-lama.xls'));
  await expect(page.getByRole('alert').last()).toContainText('Ini berkas Excel lama (.xls).');
  await page.getByLabel('Berkas daftar hadir').setInputFiles({ name: 'besar.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 'a') });
  await expect(page.getByRole('alert').last()).toContainText('Berkas terlalu besar. Rembuk membaca berkas sampai 5 MB');
  await expect(page.getByRole('heading', { name: '0 peserta' })).toBeVisible();
});

test('the roster goes out as .csv (UTF-8 with BOM) and .xlsx, and the next meeting starts from this one', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await openSection(page, 'Kelompok');
  await new GroupsPage(page).addKabupaten('way kanan', 'Kabupaten Way Kanan', 'Way Kanan');
  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  await roster.typeParticipant('Ni Made Sri Wahyuni', 'Pengelola perpustakaan desa', 'Way Kanan');
  await roster.typeParticipant('Fasilitator Way Kanan', 'Fasilitator daerah', 'Way Kanan');

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor .csv' }).click()]);
  expect(csv.suggestedFilename()).toBe('peserta-plm-provinsi-lampung-2019.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split('\r\n')[1]).toBe('"1","Ni Made Sri Wahyuni","","Pengelola perpustakaan desa","Way Kanan","Kabupaten Way Kanan","","","","","","",""');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor .xlsx' }).click()]);
  expect(xlsx.suggestedFilename()).toBe('peserta-plm-provinsi-lampung-2019.xlsx');

  await page.getByRole('link', { name: /Kembali/ }).click();
  await page.getByLabel('Judul').fill('PLM Provinsi Lampung 2020');
  await page.getByLabel('Hari pertama', { exact: true }).fill('13/10/2020');
  await page.getByLabel('Hari terakhir', { exact: true }).fill('15/10/2020');
  await page.getByLabel('Mulai dari pertemuan sebelumnya').selectOption({ label: LAMPUNG.title });
  await page.getByRole('button', { name: 'Buat pertemuan' }).click();
  await expect(page.getByRole('heading', { name: 'PLM Provinsi Lampung 2020' })).toBeVisible();
  await expect(page.getByText('13–15 Oktober 2020 · Hotel Novotel, Bandar Lampung')).toBeVisible();
  await openSection(page, 'Peserta');
  await expect(page.getByRole('heading', { name: '1 peserta' })).toBeVisible();
  await expect(roster.row('Fasilitator Way Kanan')).toContainText('Way Kanan');
});
