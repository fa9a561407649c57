import { join } from 'node:path';
import { openSection, RosterPage } from './pages/workshop-setup.ts';
import { callApi } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';

const SHEET = join(import.meta.dirname, '..', 'fixtures', 'roster', 'daftar-hadir-bengkalis-2022.csv');

/** The 17 village libraries of the Bengkalis PLM, as picked from the region data (desa codes of idn-area-data). */
const VILLAGES: Array<[string, string]> = [
  ['Wonosari', '14.03.01.2020'],
  ['Kuala Alam', '14.03.01.2021'],
  ['Jangkang', '14.03.02.2008'],
  ['Resam Lapis', '14.03.02.2010'],
  ['Ulu Pulau', '14.03.02.2012'],
  ['Harapan Baru', '14.03.09.2011'],
  ['Balai Pungut', '14.03.13.2003'],
  ['Damai', '14.03.01.2029'],
  ['Sungai Alam', '14.03.01.2012'],
  ['Prapat Tunggal', '14.03.01.2025'],
  ['Simpang Ayam', '14.03.01.2026'],
  ['Muntai', '14.03.02.2009'],
  ['Bantan Tengah', '14.03.02.2001'],
  ['Berancah', '14.03.02.2011'],
  ['Batang Duku', '14.03.03.2016'],
  ['Sepotong', '14.03.12.2004'],
  ['Buruk Bakul', '14.03.03.2005'],
];

test('a Bengkalis sign-in list ("Desa X", "Kec. Y", semicolons, a title) matches every village without a hand mapping, and again adds nobody', async ({ page, host }) => {
  await page.goto(host.url);
  const detail = await callApi<{ workshop: { id: string } }>(page, 'workshops.create', {
    title: 'PLM Kabupaten Bengkalis 2022',
    startDate: '2022-10-13',
    endDate: '2022-10-13',
    level: 'regency',
    provinceCode: '14',
    regencyCode: '14.03',
  });
  const workshopId = detail.workshop.id;
  for (const [name, regionCode] of VILLAGES) await callApi(page, 'groups.create', { workshopId, name, regionCode });
  await page.goto(`${host.url}#/workshops/${workshopId}/participants`);
  await expect(page.getByRole('link', { name: 'Peserta', exact: true })).toHaveAttribute('aria-current', 'page');
  const roster = new RosterPage(page);

  await roster.importFile(SHEET);
  await expect(page.getByText('34 siap diimpor · 0 bermasalah · 0 sudah ada di daftar · 0 baris diabaikan')).toBeVisible();
  // Every village text found its group: none is left "tidak dikenal".
  await expect(page.locator('select.unmatched')).toHaveCount(0);
  // The article's spelling is one letter off the region data's: offered, not silently taken.
  await expect(page.getByText('“Desa Balai Punggut (Kec. Pinggir)” (2 baris): maksud Anda Balai Pungut?')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 34 peserta' }).click();
  await expect(page.getByRole('heading', { name: '34 peserta' })).toBeVisible();
  await expect(roster.row('Sri Wahyuni')).toContainText('Wonosari');
  await expect(roster.row('Fitriani')).toContainText('Balai Pungut');

  // The same list again, after a reload: everyone is already there, nothing to map or confirm.
  await page.reload();
  await openSection(page, 'Peserta');
  await roster.importFile(SHEET);
  await expect(page.getByText('0 siap diimpor · 0 bermasalah · 34 sudah ada di daftar · 0 baris diabaikan')).toBeVisible();
  await expect(page.locator('select.unmatched')).toHaveCount(0);
  await expect(page.getByText(/maksud Anda/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Impor 0 peserta' })).toBeDisabled();
});

const LAMPUNG_SHEET = join(import.meta.dirname, '..', 'fixtures', 'roster', 'daftar-hadir-plm-lampung-2019-contoh.xlsx');

test('a sign-in list read before any group was added makes its kabupaten the groups, and one Urungkan takes both back', async ({ page, host }) => {
  await page.goto(host.url);
  const detail = await callApi<{ workshop: { id: string } }>(page, 'workshops.create', { title: 'PLM Provinsi Lampung 2019', startDate: '2019-08-27', endDate: '2019-08-29', provinceCode: '18' });
  await page.goto(`${host.url}#/workshops/${detail.workshop.id}/participants`);
  const roster = new RosterPage(page);
  await roster.importFile(LAMPUNG_SHEET);
  await expect(page.getByText('0 siap diimpor · 57 bermasalah')).toBeVisible();

  // The provincial team is nobody's kabupaten group; the five kabupaten become groups.
  await roster.mapGroupText('Provinsi Lampung', 'Tanpa kelompok');
  const toNewGroups = page.getByRole('button', { name: '5 yang tidak dikenal → kelompok baru' });
  await toNewGroups.focus();
  await page.keyboard.press('Enter');
  // The button goes once used; the focus lands on the first text's choice, not on the page.
  await expect(page.locator('.value-map label').filter({ hasText: '“Kabupaten Lampung Tengah”' }).getByRole('combobox')).toBeFocused();
  await expect(page.locator('.value-map label').filter({ hasText: '“Kabupaten Way Kanan”' }).locator('option:checked')).toHaveText('Way Kanan (baru)');
  await expect(page.getByText('56 siap diimpor · 1 bermasalah')).toBeVisible();
  await page.getByRole('button', { name: 'Impor 56 peserta' }).click();
  await expect(page.getByText('56 peserta ditambahkan (0 sudah ada). 5 kelompok baru dibuat.')).toBeVisible();
  await expect(roster.row('Rina Setiawan')).toContainText('Lampung Timur');

  await openSection(page, 'Kelompok');
  await expect(page.getByRole('heading', { name: '5 kelompok' })).toBeVisible();
  // Picked from the region data, as the Kelompok page would: the region shown under each name.
  await expect(page.getByText('Kabupaten Way Kanan, Lampung')).toBeVisible();

  await page.getByRole('button', { name: /Urungkan/ }).first().click();
  await expect(page.getByRole('heading', { name: '0 kelompok' })).toBeVisible();
  await openSection(page, 'Peserta');
  await expect(page.getByRole('heading', { name: '0 peserta' })).toBeVisible();
});
