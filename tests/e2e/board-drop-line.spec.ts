import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { measureText } from './support/measure.ts';
import { openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

const column = (page: Page, group: string) => page.locator('[data-column]', { has: page.getByRole('heading', { name: group, exact: true }) });
const card = (page: Page, group: string, text: string) => column(page, group).getByTestId('card').filter({ hasText: text });
const texts = (page: Page, group: string) => column(page, group).locator('.card-text').allTextContents();

/**
 * Dragged by the mouse into another group, a card does not push that group's cards about while
 * the pointer passes: a line shows where it will land, before or after the card under the
 * pointer (by the half the pointer is in), and the drop puts it exactly there.
 */
test('a card dragged into another group lands where the line shows, and nothing moves before the drop', async ({ page, host }) => {
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const bantaengBefore = await texts(page, 'Bantaeng');

  const moving = card(page, 'Bone', 'Koleksi buku anak');
  const first = card(page, 'Bantaeng', 'Jam buka tidak sesuai');
  await pickUp(page, moving);
  await hover(page, first, 0.75);
  await expect(first).toHaveClass(/\bdrop-after\b/);
  expect(await texts(page, 'Bantaeng'), 'the other group while the pointer passes').toEqual(bantaengBefore);
  // The card in the hand keeps its column's type: "perpustakaan" stays whole.
  const inHand = await measureText(page, '.card-preview .card-text', '.card-preview');
  expect([...inHand.splitWords, ...inHand.overflowingWords]).toEqual([]);
  // A screen reader hears the same place (announced when the card under the pointer changes).
  await expect(page.getByText('Kartu “Koleksi buku anak di perpustakaan desa masih sedikit” berada di kelompok Bantaeng, posisi 2 dari 6.')).toBeAttached();
  await hover(page, first, 0.25);
  await expect(first).toHaveClass(/\bdrop-before\b/);
  await expect(first).not.toHaveClass(/\bdrop-after\b/);
  await hover(page, first, 0.8);
  await expect(first).toHaveClass(/\bdrop-after\b/);
  await page.mouse.up();
  await expect(page.getByText('Kartu “Koleksi buku anak di perpustakaan desa masih sedikit” ditaruh di kelompok Bantaeng, posisi 2 dari 6.')).toBeAttached();
  await expect.poll(() => texts(page, 'Bantaeng')).toEqual([bantaengBefore[0], 'Koleksi buku anak di perpustakaan desa masih sedikit', ...bantaengBefore.slice(1)]);
  expect(await texts(page, 'Bone')).not.toContain('Koleksi buku anak di perpustakaan desa masih sedikit');
  await expect(page.locator('.drop-before, .drop-after')).toHaveCount(0);

  // Before a card, from its upper half (kept high on the screen: at the bottom edge the page scrolls).
  const second = card(page, 'Maros', 'Komputer bantuan rusak');
  const marosBefore = await texts(page, 'Maros');
  await pickUp(page, card(page, 'Bantaeng', 'Koleksi buku anak'));
  await hover(page, second, 0.2);
  await expect(second).toHaveClass(/\bdrop-before\b/);
  await page.mouse.up();
  await expect.poll(() => texts(page, 'Maros')).toEqual([marosBefore[0], 'Koleksi buku anak di perpustakaan desa masih sedikit', ...marosBefore.slice(1)]);
});

async function pickUp(page: Page, source: Locator) {
  const box = await source.locator('.card-body').boundingBox();
  if (!box) throw new Error('the card to drag is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
}

/** The pointer over a card, at a fraction of its height from the top. */
async function hover(page: Page, target: Locator, fraction: number) {
  const box = await target.boundingBox();
  if (!box) throw new Error('the target card is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * fraction, { steps: 8 });
}
