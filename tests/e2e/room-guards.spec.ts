import type { Page } from '@playwright/test';
import { BoardPage } from './pages/board.ts';
import { openSection, RosterPage } from './pages/workshop-setup.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { callApi } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';
import { LAMPUNG } from './support/workshops.ts';

/** The small things a tired facilitator hits at the end of a long day. */

test('a double click creates one workshop, one group, one participant and one report', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await page.getByLabel('Judul').fill(LAMPUNG.title);
  await page.getByLabel('Hari pertama', { exact: true }).fill('15/10/2019');
  await page.getByLabel('Hari terakhir', { exact: true }).fill('17/10/2019');
  await page.getByRole('button', { name: 'Buat pertemuan' }).dblclick();
  await expect(page.getByRole('heading', { name: LAMPUNG.title })).toBeVisible();
  expect(await callApi<unknown[]>(page, 'workshops.list', {})).toHaveLength(1);

  await openSection(page, 'Kelompok');
  await page.getByLabel('Kelompok bebas (mis. Kelompok Campuran 1, TBM)').fill('TBM Pelangi');
  await page.getByRole('button', { name: 'Tambah kelompok bebas' }).dblclick();
  await expect(page.getByTestId('group-row')).toHaveCount(1);

  await openSection(page, 'Peserta');
  const form = page.getByRole('form', { name: 'Peserta baru' });
  await form.getByLabel('Nama').fill('Siti Rahayu');
  await form.getByRole('button', { name: 'Tambah' }).dblclick();
  await expect(page.getByRole('heading', { name: '1 peserta' })).toBeVisible();

  const reports = new ReportsPage(page);
  await reports.openTab();
  await page.getByRole('button', { name: 'Buat laporan kegiatan (PDF)' }).dblclick();
  await expect(page.getByTestId('export-job')).toHaveCount(1);
  // Give a second job the time it would need to appear.
  await page.waitForTimeout(500);
  await expect(page.getByTestId('export-job')).toHaveCount(1);
  expect((await page.getByRole('alert').all()).length).toBe(0);
});

test('the same person or group typed twice is flagged, and search ignores case, accents and punctuation', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await openSection(page, 'Kelompok');
  const custom = page.getByLabel('Kelompok bebas (mis. Kelompok Campuran 1, TBM)');
  await custom.fill('TBM Pelangi');
  await custom.press('Enter');
  await expect(page.getByTestId('group-row')).toHaveCount(1);
  await custom.fill('tbm  pelangi');
  await expect(page.getByText('Sudah ada kelompok “TBM Pelangi”. Tetap tambahkan jika memang kelompok lain.')).toBeVisible();
  await custom.press('Enter');
  await expect(page.getByTestId('group-row')).toHaveCount(2);
  await expect(page.getByTestId('group-row').nth(1)).toContainText('Nama sama dengan kelompok 1');
  await expect(page.getByTestId('group-row').nth(0)).toContainText('Nama sama dengan kelompok 2');

  await openSection(page, 'Peserta');
  const roster = new RosterPage(page);
  const name = page.getByRole('form', { name: 'Peserta baru' }).getByLabel('Nama');
  await name.fill("Ma'ruf Amin");
  await name.press('Enter');
  await expect(roster.row("Ma'ruf Amin")).toBeVisible();
  await name.fill('maruf amin');
  await expect(page.getByText("Sudah ada di daftar: Ma'ruf Amin. Tetap simpan jika memang orang lain.")).toBeVisible();
  await expect(name).toHaveAccessibleDescription(/Sudah ada di daftar: Ma'ruf Amin\. Tetap simpan jika memang orang lain\.$/);
  await name.press('Enter');
  await expect(page.getByTestId('participant-row')).toHaveCount(2);
  await expect(page.getByTestId('participant-row').first()).toContainText('nama sama (2×)');
  await name.fill('Budi Santoso');
  await name.press('Enter');

  await page.getByRole('searchbox').fill('MARUF');
  await expect(page.getByTestId('participant-row')).toHaveCount(2);
  await page.getByRole('searchbox').fill('santosó');
  await expect(page.getByTestId('participant-row')).toHaveCount(1);
});

/**
 * A facilitator types a list of groups, Enter after each, faster than each save answers. The
 * field emptied on the answer, a moment after the new group was drawn: the next name typed
 * meanwhile was erased (Enter then added nothing), or ran on from the last one.
 */
test('group names typed one after another, faster than the saves answer, each become a group', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  const answers = await holdAnswers(page, 'groups.create');

  const onBoard = page.getByLabel('Tambah kelompok');
  await onBoard.click();
  await page.keyboard.type('Lampung Tengah');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(board.column('Lampung Tengah')).toBeVisible();
  await page.keyboard.type('Way Kanan');
  await answers.release();
  await expect(onBoard).toHaveValue('Way Kanan');
  await page.keyboard.press('Enter');
  await expect(board.column('Way Kanan')).toBeVisible();
  await expect(onBoard).toHaveValue('');
  await expect(board.column('Lampung Tengah')).toHaveCount(1);

  await openSection(page, 'Kelompok');
  answers.hold();
  const free = page.getByLabel('Kelompok bebas (mis. Kelompok Campuran 1, TBM)');
  await free.click();
  await page.keyboard.type('TBM Pelangi');
  await page.keyboard.press('Enter');
  await page.keyboard.type('TBM Cahaya');
  await page.keyboard.press('Enter');
  await answers.release();
  const names = () => page.getByTestId('group-row').locator('input.group-name').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  await expect.poll(names).toEqual(['Lampung Tengah', 'Way Kanan', 'TBM Pelangi', 'TBM Cahaya']);
  await expect(free).toHaveValue('');

  // A refused save gives its words back to be mended.
  await page.route('**/api/call', (route) =>
    route.request().postDataJSON()?.method === 'groups.create'
      ? route.fulfill({ json: { ok: false, error: { code: 'conflict', message: 'Refused by the test' } } })
      : route.fallback(),
  );
  await page.keyboard.type('TBM Harapan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(free).toHaveValue('TBM Harapan');
  expect(await names()).toHaveLength(4);
});

/**
 * Holds the answers to one method (the call itself reaches the core, and its event the page) until
 * `release`, which resolves once the page has had the held answers and two frames to act on them.
 */
async function holdAnswers(page: Page, method: string) {
  let release = () => {};
  let held = Promise.resolve();
  const hold = () => (held = new Promise<void>((resolve) => (release = resolve)));
  const answered: Array<Promise<unknown>> = [];
  hold();
  await page.route('**/api/call', async (route) => {
    if (route.request().postDataJSON()?.method !== method) return route.continue();
    const response = await route.fetch();
    const waiting = held;
    answered.push(page.waitForResponse((r) => r.request() === route.request()));
    await waiting;
    await route.fulfill({ response });
  });
  return {
    hold,
    async release() {
      release();
      await Promise.all(answered.splice(0));
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    },
  };
}

test('dates read dd/mm/yyyy with a calendar in the interface language, times "09.00", and emoji in the bundled font', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  const start = page.getByLabel('Hari pertama', { exact: true });
  await expect(start).toHaveAttribute('placeholder', 'hh/bb/tttt');
  await start.fill('15/10/2019');
  await page.getByRole('button', { name: 'Pilih tanggal di kalender: Hari terakhir' }).click();
  const calendar = page.getByRole('dialog', { name: 'Pilih tanggal di kalender: Hari terakhir' });
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pilih tanggal di kalender: Hari terakhir' })).toBeFocused();
  await page.getByLabel('Hari terakhir', { exact: true }).fill('16/10/2019');
  await page.getByRole('button', { name: 'Pilih tanggal di kalender: Hari terakhir' }).click();
  await expect(calendar.getByText('Oktober 2019')).toBeVisible();
  await calendar.getByRole('button', { name: /Kamis, 17 Oktober 2019/ }).click();
  await expect(calendar).toBeHidden();
  await expect(page.getByLabel('Hari terakhir', { exact: true })).toHaveValue('17/10/2019');
  await page.getByLabel('Judul').fill('PLM 🙂 Lampung');
  await page.getByRole('button', { name: 'Buat pertemuan' }).click();
  await expect(page.getByRole('heading', { name: 'PLM 🙂 Lampung' })).toBeVisible();
  await expect(page.getByText('15–17 Oktober 2019')).toBeVisible();

  await openSection(page, 'Detail');
  await expect(page.getByLabel('Hari pertama', { exact: true })).toHaveValue('15/10/2019');
  await openSection(page, 'Agenda');
  await page.getByRole('button', { name: '+ Tambah sesi' }).first().click();
  await page.getByLabel('Judul').fill('Pembukaan');
  await page.getByLabel('Jam mulai').fill('9');
  await page.getByRole('button', { name: 'Tambah sesi', exact: true }).click();
  await expect(page.locator('.agenda-time').filter({ hasText: '09.00' })).toBeVisible();

  // The emoji comes from the bundled Noto Emoji, loaded from this machine.
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Emoji"', '🙂'))).toBe(true);
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replaceAll('"', '') === 'Noto Emoji' && f.status === 'loaded'))).toBe(true);

  await page.locator('.language-switch').click();
  await openSection(page, 'Details');
  await page.getByRole('button', { name: 'Pick the date on a calendar: First day' }).click();
  await expect(page.getByRole('dialog', { name: 'Pick the date on a calendar: First day' }).getByText('October 2019')).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await openSection(page, 'Agenda');
  await expect(page.locator('.agenda-time').filter({ hasText: '09:00' })).toBeVisible();
});

test('a slow save does not pull the hand back: what was typed into the search box stays there', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await openSection(page, 'Peserta');
  const name = page.getByRole('form', { name: 'Peserta baru' }).getByLabel('Nama');

  // Hold the save's answer until the facilitator has moved to the search box.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call', async (route) => {
    if (route.request().postDataJSON()?.method === 'participants.create') await held;
    await route.continue();
  });
  await name.fill('Budi Santoso');
  await name.press('Enter');
  const search = page.getByRole('searchbox', { name: 'Cari peserta' });
  await search.click();
  await search.pressSequentially('bud');
  release();

  await expect(page.getByRole('heading', { name: '1 peserta' })).toBeVisible();
  await expect(page.getByTestId('participant-row')).toHaveCount(1);
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('bud');
  await expect(name).toHaveValue('');
});
