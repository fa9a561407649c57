import { expect, test } from './support/fixtures.ts';
import { describeFocus, tabsUntil } from './support/measure.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/**
 * A keyboard-only facilitator on the setup screens: the first Tab offers to skip the header, a
 * new workshop puts the focus on its title (not on the page), and the calendar closes with Esc
 * (the focus back on its button) or with a click outside.
 */
test('on the setup screens the focus lands on the new workshop, the skip link and back from the calendar', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  expect(await tabsUntil(page, page.getByRole('link', { name: 'Lewati ke isi halaman' }))).toBe(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // The next Tab starts inside the page's content, past the header.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);

  await page.getByLabel('Judul').fill('PLM Uji Papan Ketik');
  // A screen reader names the day field by its label alone, not with its calendar button's words.
  await page.getByRole('textbox', { name: 'Hari pertama', exact: true }).fill('15/10/2019');
  // The last day's calendar opens on the first day's month, not on today's.
  await page.getByRole('button', { name: 'Pilih tanggal di kalender: Hari terakhir' }).click();
  await expect(page.getByRole('dialog')).toContainText('Oktober 2019');
  await page.getByRole('dialog').getByRole('button', { name: /17 Oktober 2019/ }).click();
  await expect(page.getByRole('textbox', { name: 'Hari terakhir', exact: true })).toHaveValue('17/10/2019');
  await page.getByRole('button', { name: 'Buat pertemuan' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'PLM Uji Papan Ketik' })).toBeFocused();
  console.log(`after creating a workshop: ${await describeFocus(page)}`);

  await page.getByRole('link', { name: 'Detail', exact: true }).click();
  const calendarButton = page.getByRole('button', { name: 'Pilih tanggal di kalender: Hari pertama' });
  await calendarButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(calendarButton).toBeFocused();
  await calendarButton.click();
  await page.mouse.click(1000, 740);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
