import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { measureText, wholeOnScreen } from './support/measure.ts';
import { BENGKALIS, EIGHT_GROUPS_OF_SIX, openRoomBoard, SULAWESI_SELATAN, type RoomBoard } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

interface ProjectorFigures {
  pages: number;
  minCapHeight: number;
  medianCapHeight: number;
  splitWords: string[];
  splitNames: string[];
  /** Words drawn smaller to fit their card (never split), over every page. */
  shrunkWords: number;
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
  const figures: ProjectorFigures = { pages, minCapHeight: Infinity, medianCapHeight: 0, splitWords: [], splitNames: [], shrunkWords: 0, wholeGroups: new Set(), groups: Object.keys(board.groups).length };
  for (let p = 1; p <= pages; p++) {
    if (p > 1) {
      await page.keyboard.press('PageDown');
      await expect(indicator).toHaveAttribute('data-page', String(p));
    }
    // The plan holds still while the facilitator steps through it.
    if (pages > 1) await expect(indicator).toHaveAttribute('data-pages', String(pages));
    await page.screenshot({ path: shots(`page-${p}`) });
    const cards = await measureText(page);
    const names = await measureText(page, '[data-testid="column"] h3', '[data-testid="column"]');
    figures.minCapHeight = Math.min(figures.minCapHeight, cards.minCapHeight);
    figures.medianCapHeight = Math.max(figures.medianCapHeight, cards.medianCapHeight);
    figures.splitWords.push(...cards.splitWords, ...cards.overflowingWords);
    figures.splitNames.push(...names.splitWords, ...names.overflowingWords);
    figures.shrunkWords += await page.locator('.projector-long-word').count();
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
      `words drawn smaller to fit ${f.shrunkWords}; ` +
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
  await expect(page.locator('.notices')).toHaveCSS('clip-path', 'inset(50%)');

  // The README's picture: the first page, as the room sees it (REMBUK_DOCS=1 writes it into docs/).
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('projector-page')).toHaveAttribute('data-page', '1');
  if (process.env.REMBUK_DOCS) await page.screenshot({ path: 'docs/projector-6-groups.png' });

  // Smaller text (−) for a room close to the screen: fewer pages, until all six fit at once.
  const indicator = page.getByTestId('projector-page');
  for (let presses = 0; presses < 4 && (await indicator.count()) > 0; presses++) await page.keyboard.press('-');
  await expect(indicator).toHaveCount(0);
  await expect(page.getByTestId('column')).toHaveCount(6);
  const overview = await measureText(page);
  console.log(`Sulawesi Selatan, all 6 groups on one page (zoomed out): cap height min ${overview.minCapHeight} px; split ${overview.splitWords.length}`);
  expect(overview.splitWords).toEqual([]);
  expect((await wholeOnScreen(page.getByTestId('column'))).whole).toBe(6);
  if (process.env.REMBUK_DOCS) await page.screenshot({ path: 'docs/projector-6-groups-overview.png' });
  await page.keyboard.press('0');

  // The spotlight gives one group the whole width of the screen; Esc lets go of it, on that group's page.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('column')).toHaveCount(1);
  await expect(page.getByTestId('column')).toHaveAttribute('aria-label', 'Kelompok Maros');
  const spot = await page.getByTestId('column').boundingBox();
  expect(spot!.width).toBeGreaterThan(980);
  await page.keyboard.press('Escape');
  await expect(indicator).toBeVisible();
  await expect(page.getByRole('listitem', { name: 'Kelompok Maros' })).toBeVisible();
});

test('kinds stay apart on a washed-out projector: icon and border, not hue alone', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('p');
  await page.evaluate(() => (document.documentElement.style.filter = 'contrast(0.6) brightness(1.2)'));
  await page.screenshot({ path: testInfo.outputPath('washed-out.png') });
  const looks = await page.getByTestId('card').evaluateAll((cards) =>
    cards.map((card) => ({
      kind: [...card.classList].find((c) => c.startsWith('kind-')) ?? '',
      look: `${getComputedStyle(card).borderTopStyle}|${card.querySelector('svg path')?.getAttribute('d') ?? ''}|${card.querySelector('svg title')?.textContent ?? ''}`,
    })),
  );
  const lookOf = new Map<string, Set<string>>();
  for (const { kind, look } of looks) lookOf.set(kind, (lookOf.get(kind) ?? new Set()).add(look));
  expect([...lookOf.keys()].sort()).toEqual(['kind-challenge', 'kind-solution']);
  // One look per kind, and no two kinds share a border pattern or an icon.
  const [challenge, solution] = [[...lookOf.get('kind-challenge')!], [...lookOf.get('kind-solution')!]];
  expect(challenge).toHaveLength(1);
  expect(solution).toHaveLength(1);
  const [cStyle, cIcon] = challenge[0]!.split('|');
  const [sStyle, sIcon] = solution[0]!.split('|');
  expect(cStyle).not.toBe(sStyle);
  expect(cIcon).not.toBe(sIcon);
});

test('8 groups of 6 cards keep a cap height of 24 px, on announced pages', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  await openRoomBoard(page, host.url, EIGHT_GROUPS_OF_SIX);
  const figures = await measureProjector(page, EIGHT_GROUPS_OF_SIX, (name) => testInfo.outputPath(`eight-${name}.png`));
  report('8 groups of 6 cards, projector', figures);
  expect(figures.minCapHeight).toBeGreaterThanOrEqual(24);
  expect(figures.splitWords).toEqual([]);
  expect(figures.splitNames).toEqual([]);
  expect(figures.wholeGroups.size).toBe(8);
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
