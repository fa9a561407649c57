import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { axeTable, type AxeReport } from './support/axe.ts';
import { openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/** Words to find the board's controls by, in each language. */
const WORDS = {
  id: { filter: 'Filter', timerSet: 'Atur…', export: 'Ekspor sesi ini', grid: 'Kelompok × jenis', kinds: 'Per jenis', groups: 'Kelompok' },
  en: { filter: 'Filter', timerSet: 'Set…', export: 'Export this session', grid: 'Group × kind', kinds: 'By kind', groups: 'Groups' },
} as const;

/** Presses a key with the focus on the first card (commands act on the focused card). */
async function onFirstCard(page: Page, key: string) {
  await page.getByTestId('card').first().locator('[data-card-id]').first().focus();
  await page.keyboard.press(key);
}

for (const language of ['id', 'en'] as const) {
  test(`axe-core finds nothing critical or serious on the board, its dialogs and the projector (${language})`, async ({ page, host, axe }) => {
    // Many states, each checked by axe: 1.6 min on CI, over 2.5 when the machine is loaded.
    test.setTimeout(240_000);
    const words = WORDS[language];
    await openRoomBoard(page, host.url, SULAWESI_SELATAN);
    if (language === 'en') {
      await page.locator('.language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const reports: AxeReport[] = [];
    const check = async (label: string) => reports.push(await axe(`${label} (${language})`));

    await check('board, columns per group');
    await onFirstCard(page, 'D');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('card details');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await onFirstCard(page, 'Shift+F10');
    await expect(page.getByRole('menu')).toBeVisible();
    await check('card menu');
    await page.keyboard.press('Escape');
    await onFirstCard(page, '?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('keyboard help');
    await page.keyboard.press('Escape');
    await onFirstCard(page, 'V');
    await check('vote panel');
    await page.keyboard.press('V');
    for (const [name, label] of [
      [words.filter, 'filter popover'],
      [words.timerSet, 'timer popover'],
      [words.export, 'export menu'],
    ] as const) {
      await page.getByRole('button', { name, exact: true }).click();
      await check(label);
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: words.grid, exact: true }).click();
    await expect(page.locator('.grid-board')).toBeVisible();
    await check('board, groups × kinds');
    await page.getByRole('button', { name: words.kinds, exact: true }).click();
    await check('board, columns per kind');
    await page.getByRole('button', { name: words.groups, exact: true }).click();
    await page.keyboard.press('p');
    await expect(page.locator('.projector-page')).toBeVisible();
    await check('projector');
    await page.keyboard.press('ArrowRight');
    await check('projector, spotlight');

    console.log(axeTable(reports));
    const bad = reports.filter((r) => r.critical + r.serious > 0);
    expect(bad.map((r) => `${r.label}:\n  ${r.lines.join('\n  ')}`)).toEqual([]);
  });
}
