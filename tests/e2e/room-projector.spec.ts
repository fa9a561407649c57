import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { measureText, wholeOnScreen } from './support/measure.ts';
import { BENGKALIS, openRoomBoard, SULAWESI_SELATAN, type RoomBoard } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

interface ProjectorFigures {
  pages: number;
  minCapHeight: number;
  medianCapHeight: number;
  splitWords: string[];
  splitNames: string[];
  /** Groups seen wholly on screen on one of the pages. */
  wholeGroups: Set<string>;
  groups: number;
}

/** Enters projector mode and steps through every page it announces, measuring each. */
async function measureProjector(page: Page, board: RoomBoard, shots: (name: string) => string): Promise<ProjectorFigures> {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await expect(page.getByRole('toolbar')).toHaveCount(0);
  const indicator = page.getByTestId('projector-page');
  const pages = (await indicator.count()) ? Number((await indicator.getAttribute('data-pages')) ?? '1') : 1;
  const figures: ProjectorFigures = { pages, minCapHeight: Infinity, medianCapHeight: 0, splitWords: [], splitNames: [], wholeGroups: new Set(), groups: Object.keys(board.groups).length };
  for (let p = 1; p <= pages; p++) {
    if (p > 1) {
      await page.keyboard.press('PageDown');
      await expect(indicator).toHaveAttribute('data-page', String(p));
    }
    await page.screenshot({ path: shots(`page-${p}`) });
    const cards = await measureText(page);
    const names = await measureText(page, '[data-testid="column"] h3', '[data-testid="column"]');
    figures.minCapHeight = Math.min(figures.minCapHeight, cards.minCapHeight);
    figures.medianCapHeight = Math.max(figures.medianCapHeight, cards.medianCapHeight);
    figures.splitWords.push(...cards.splitWords, ...cards.overflowingWords);
    figures.splitNames.push(...names.splitWords, ...names.overflowingWords);
    const onScreen = await wholeOnScreen(page.getByTestId('column'));
    const outside = new Set(onScreen.outside);
    for (const name of await page.getByTestId('column').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) {
      if (!outside.has(name)) figures.wholeGroups.add(name);
    }
  }
  return figures;
}

function report(label: string, f: ProjectorFigures) {
  console.log(
    `${label}: ${f.groups} groups on ${f.pages} page(s); cap height min ${f.minCapHeight} px, median ${f.medianCapHeight} px; ` +
      `split or overflowing words ${f.splitWords.length} [${f.splitWords.join(', ')}], names ${f.splitNames.length} [${f.splitNames.join(', ')}]; ` +
      `groups wholly on screen ${f.wholeGroups.size} of ${f.groups}`,
  );
}

test('the Sulawesi Selatan board (6 groups, 30 cards) reads from the back row at 1024×768', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const figures = await measureProjector(page, SULAWESI_SELATAN, (name) => testInfo.outputPath(`sulsel-${name}.png`));
  report('Sulawesi Selatan, projector', figures);
  expect(figures.minCapHeight).toBeGreaterThanOrEqual(24);
  expect(figures.splitWords).toEqual([]);
  expect(figures.splitNames).toEqual([]);
  expect(figures.wholeGroups.size).toBe(6);
});

test('the 17-village Bengkalis board shows every group, at once or on announced pages', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await openRoomBoard(page, host.url, BENGKALIS);
  const figures = await measureProjector(page, BENGKALIS, (name) => testInfo.outputPath(`bengkalis-${name}.png`));
  report('Bengkalis, projector', figures);
  expect(figures.splitWords).toEqual([]);
  expect(figures.splitNames).toEqual([]);
  expect(figures.wholeGroups.size).toBe(17);
});
