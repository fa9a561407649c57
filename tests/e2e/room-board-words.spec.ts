import { expect, test } from './support/fixtures.ts';
import { measureText } from './support/measure.ts';
import { BENGKALIS, EIGHT_GROUPS_OF_SIX, openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

/**
 * The working board (not projector mode) on a 1024-px projector: with many groups the columns sit
 * at their minimum width, and "perpustakaan" or "dikelompokkan" must still not break inside.
 */
test.use({ viewport: { width: 1024, height: 768 } });

for (const [label, board] of [
  ['6 kabupaten and the inbox', SULAWESI_SELATAN],
  ['8 groups of 6 cards', EIGHT_GROUPS_OF_SIX],
  ['17 villages', BENGKALIS],
] as const) {
  test(`the working board with ${label} splits no word inside, in cards or in column names`, async ({ page, host }) => {
    await openRoomBoard(page, host.url, board);
    await expect(page.getByTestId('card').first()).toBeVisible();
    const cards = await measureText(page);
    const names = await measureText(page, '[data-testid="column"] h3', '[data-testid="column"]');
    console.log(`working board, ${label}: split ${cards.splitWords.length} in cards, ${names.splitWords.length} in names; cap height ${cards.minCapHeight} px`);
    expect([...cards.splitWords, ...cards.overflowingWords]).toEqual([]);
    expect([...names.splitWords, ...names.overflowingWords]).toEqual([]);
  });
}
