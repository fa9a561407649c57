import { expect, test } from './support/fixtures.ts';
import { measureText } from './support/measure.ts';
import { BENGKALIS, EIGHT_GROUPS_OF_SIX, openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

/**
 * The working board (not projector mode) on a 1024-px projector: with many groups the columns sit
 * at their minimum width, and "perpustakaan" or "dikelompokkan" must still not break inside.
 */
test.use({ viewport: { width: 1024, height: 768 } });

/** Five kabupaten (the Lampung list): six columns, wide enough for a group's count beside its name. */
const FIVE_KABUPATEN = { ...SULAWESI_SELATAN, groups: Object.fromEntries(Object.entries(SULAWESI_SELATAN.groups).slice(0, 5)) };

for (const [label, board] of [
  ['5 kabupaten and the inbox', FIVE_KABUPATEN],
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

/**
 * The pointer passes over cards all the time while a facilitator sorts them, and the room sees it:
 * in the narrow columns of 17 villages a card's tools covered the end of its kind ("TANT…"). They
 * sit on the card's top edge there, clear of its kind and its text.
 */
test('a card’s tools leave its kind and text in view in the narrow columns of 17 villages', async ({ page, host }) => {
  await openRoomBoard(page, host.url, BENGKALIS);
  for (const index of [0, 1]) {
    const card = page.locator('[data-column]:not([data-column="inbox"]) [data-testid="card"]').nth(index);
    await card.hover();
    await expect(card.locator('.card-tools')).toHaveCSS('opacity', '1');
    // What is drawn along the middle line of the kind and of the text's first line: never a tool.
    const covered = await card.evaluate((element) => {
      const hits: string[] = [];
      for (const part of [element.querySelector('.kind-chip'), element.querySelector('.card-text')]) {
        const box = part!.getBoundingClientRect();
        const y = part!.classList.contains('card-text') ? box.top + 8 : box.top + box.height / 2;
        for (let x = box.left + 1; x < box.right; x += 4) {
          if (document.elementFromPoint(x, y)?.closest('.card-tools')) hits.push(`${part!.className} at ${Math.round(x - box.left)} px`);
        }
      }
      return hits;
    });
    expect(covered, 'the tools cover none of the kind or the text').toEqual([]);
  }
});

/**
 * A group's colour dot stands before its name, on the name's first line. In a column of 17 where
 * the name's longest word filled the width ("Pekon Sumberagung", Kabupaten Pringsewu), the dot sat
 * on a line of its own above the name.
 */
test('a column’s colour dot stays beside its name in the narrow columns of 17 villages', async ({ page, host }) => {
  const villages = Object.entries(BENGKALIS.groups);
  const renamed = { 'Pekon Sumberagung': villages[0]![1], 'Pekon Kresnomulyo': villages[1]![1] };
  await openRoomBoard(page, host.url, { ...BENGKALIS, groups: { ...renamed, ...Object.fromEntries(villages.slice(2)) } });
  await expect(page.getByRole('heading', { name: 'Pekon Sumberagung' })).toBeVisible();
  const apart = await page.locator('[data-testid="column"]:not([data-column="inbox"]) .column-header').evaluateAll((headers) =>
    headers.flatMap((header) => {
      const dot = header.querySelector('.column-swatch')!.getBoundingClientRect();
      const name = header.querySelector('h3')!;
      const text = [...name.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      const firstLetter = range.getBoundingClientRect();
      const dotMiddle = dot.top + dot.height / 2;
      return dotMiddle > firstLetter.top && dotMiddle < firstLetter.bottom && dot.right <= firstLetter.left ? [] : [name.textContent];
    }),
  );
  expect(apart, 'columns whose dot is not on the first line of their name, before it').toEqual([]);
});

/**
 * Seen from the back row, the board is rows of cards across the villages. A village name on two
 * lines ("Harapan Baru" in a narrow column) put that column's cards 19 px lower than its
 * neighbours'; the headings now share one row, as tall as the tallest, so every column's first
 * card starts on the same line.
 */
test('the first cards of all 17 villages start on one line, whatever the length of their names', async ({ page, host }) => {
  await openRoomBoard(page, host.url, BENGKALIS);
  const groups = page.locator('[data-testid="column"]:not([data-column="inbox"])');
  await expect(groups.first().getByTestId('card').first()).toBeVisible();
  const measured = await groups.evaluateAll((columns) =>
    columns.map((column) => ({
      nameLines: Math.round(column.querySelector('h3')!.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(column.querySelector('h3')!).lineHeight)),
      firstCard: Math.round(column.querySelector('[data-testid="card"]')!.getBoundingClientRect().top),
    })),
  );
  // The board this is about: some names on two lines, some on one.
  expect(new Set(measured.map((m) => m.nameLines))).toEqual(new Set([1, 2]));
  expect(new Set(measured.map((m) => m.firstCard)).size, `first cards' tops: ${measured.map((m) => m.firstCard).join(' ')}`).toBe(1);
});
