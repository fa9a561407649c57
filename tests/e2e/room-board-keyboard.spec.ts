import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { describeFocus, tabsUntil } from './support/measure.ts';
import { openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/** The first card of a group, as the keyboard reaches it (its body takes the focus). */
const cardBody = (page: Page, group: string, index = 0) => page.getByRole('listitem', { name: `Kelompok ${group}`, exact: true }).locator('[data-card-id]').nth(index);

/**
 * A keyboard-only facilitator on the Sulawesi Selatan board: how many Tabs reach the first card
 * and the last group's input, and where the focus lands after each dialog, menu, popover and
 * deletion (printed as a table, and never the page body).
 */
test('on the board the focus lands on what opened a dialog, menu or popover, or on the next card', async ({ page, host }) => {
  test.setTimeout(150_000);
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  // Tab alone (every control on the way), then with the board's skip links.
  const lastInput = page.getByLabel('Kartu baru di Enrekang', { exact: true });
  const toFirstCard = await tabsUntil(page, cardBody(page, 'Bone'));
  const toLastInput = await tabsUntil(page, lastInput);
  expect(await tabsUntil(page, page.getByRole('link', { name: 'Lompat ke kartu pertama' }))).toBe(2);
  await page.keyboard.press('Enter');
  await expect(cardBody(page, 'Bone')).toBeFocused();
  expect(await tabsUntil(page, page.getByRole('link', { name: /^Lompat ke kotak tulis/ }))).toBe(3);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(lastInput).toBeFocused();
  console.log(
    `Keys from the top of the page: to the first card ${toFirstCard} Tabs, or Tab Tab Enter (3 keys) by the skip link; ` +
      `to the last group's input ${toLastInput} Tabs, or Tab×3 Enter Alt+← (5 keys)`,
  );

  const landed: Array<[string, string]> = [];
  const note = async (action: string) => {
    const where = await describeFocus(page);
    landed.push([action, where]);
    expect(where, `focus after ${action}`).not.toBe('body');
  };
  const first = cardBody(page, 'Bone');
  const firstId = await first.getAttribute('data-card-id');

  await first.focus();
  await page.keyboard.press('D');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  await note('card details, Esc');

  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  await note('card menu, Esc');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
  await note('keyboard help, Esc');

  // Merge two cards of Bone, then cancel: back on the card the merge started from.
  await page.keyboard.press('X');
  await cardBody(page, 'Bone', 1).focus();
  await page.keyboard.press('X');
  await page.keyboard.press('M');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await note('merge dialog, Esc');
  await page.keyboard.press('Escape');

  for (const [name, label] of [
    ['Filter', 'Filter popover, Esc'],
    ['Atur…', 'timer "Atur…", Esc'],
    ['Ekspor sesi ini', '"Ekspor sesi ini", Esc'],
  ] as const) {
    const button = page.getByRole('button', { name, exact: true });
    await button.click();
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();
    await note(label);
  }

  await first.focus();
  await page.keyboard.press('V');
  await page.keyboard.press('V');
  await note('vote panel open and closed (V, V)');

  await page.keyboard.press('p');
  await expect(page.locator('.projector-page')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Mode proyektor' })).toBeFocused();
  await note('projector mode, Esc');

  // Deleting a card puts the focus on the next card; the last card of a group, on its input.
  const enrekang = page.getByRole('listitem', { name: 'Kelompok Enrekang', exact: true });
  await cardBody(page, 'Bone').focus();
  await page.keyboard.press('Delete');
  await expect(page.locator(`[data-card-id="${firstId}"]`)).toHaveCount(0);
  await expect(cardBody(page, 'Bone')).toBeFocused();
  await note('delete a card');
  for (let left = await enrekang.locator('[data-card-id]').count(); left > 0; left--) {
    await enrekang.locator('[data-card-id]').first().focus();
    await page.keyboard.press('Delete');
    await expect(enrekang.locator('[data-card-id]')).toHaveCount(left - 1);
  }
  await note('delete the last card of a group');

  // Opening a vote replaces its form: the focus goes on to the choice of group.
  await cardBody(page, 'Bone').focus();
  await page.keyboard.press('V');
  const openVote = page.getByRole('button', { name: 'Buka pemungutan suara' });
  await expect(openVote).toBeVisible();
  await openVote.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Titik dari kelompok' })).toBeFocused();
  await note('open a vote');

  console.log(landed.map(([action, where]) => `${action.padEnd(36)} → ${where}`).join('\n'));
});

test('drag handles speak Indonesian: no "sortable" on the board or the group list', async ({ page, host }) => {
  test.setTimeout(120_000);
  const { workshopId } = await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  await expect(page.locator('[aria-roledescription]').first()).toBeAttached();
  await expect(page.locator('[aria-roledescription="sortable"]')).toHaveCount(0);
  await page.goto(`${host.url}#/workshops/${workshopId}/groups`);
  const handle = page.getByRole('button', { name: /^Pindahkan kelompok Bone/ });
  await expect(handle).toHaveAttribute('aria-roledescription', 'pegangan untuk memindah urutan');
  await expect(page.locator('[aria-roledescription="sortable"]')).toHaveCount(0);
});
