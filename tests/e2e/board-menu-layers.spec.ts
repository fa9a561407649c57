import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/**
 * Columns and grid cells paint apart (`isolation: isolate`, so a drop repaints one column, not
 * the board): a card's menu, wider and taller than its card, must still show above the columns
 * and cells it overlaps, never under them.
 */
test('a card’s menu shows above the neighbouring columns and grid cells it overlaps', async ({ page, host }) => {
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);

  // Columns per group: the menu of a card in the second group's column reaches over the first.
  await openMenuOf(page, page.locator('[data-column]').nth(2).getByTestId('card').first());
  await expectMenuOnTop(page);
  await page.keyboard.press('Escape');

  // Group × kind: the menu of a card in the first lane reaches down over the next lane's cells.
  await page.getByRole('button', { name: 'Kelompok × jenis', exact: true }).click();
  await expect(page.locator('.grid-board')).toBeVisible();
  await openMenuOf(page, page.locator('.grid-cell:has([data-testid="card"])').first().getByTestId('card').last());
  await expectMenuOnTop(page);
});

async function openMenuOf(page: Page, card: ReturnType<Page['locator']>) {
  await card.locator('[data-card-id]').focus();
  await page.keyboard.press('Shift+F10');
  await expect(page.getByRole('menu')).toBeVisible();
}

/** Every point of the menu that is on screen belongs to the menu, not to a column painted over it. */
async function expectMenuOnTop(page: Page) {
  const covered = await page.getByRole('menu').evaluate((menu) => {
    menu.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const box = menu.getBoundingClientRect();
    const points: string[] = [];
    for (let i = 1; i < 6; i++) {
      for (let j = 1; j < 6; j++) {
        const x = box.left + (box.width * i) / 6;
        const y = box.top + (box.height * j) / 6;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !menu.contains(hit)) points.push(`${Math.round(x)},${Math.round(y)} → ${hit?.className ?? 'nothing'}`);
      }
    }
    return points;
  });
  expect(covered, 'points of the menu covered by something else').toEqual([]);
}
