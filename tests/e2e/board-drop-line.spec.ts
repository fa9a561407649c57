import type { Locator, Page } from '@playwright/test';
import { BoardPage } from './pages/board.ts';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './support/api.ts';
import { measureText } from './support/measure.ts';
import { hover, middleOfScreen, pickUp } from './support/pointer-drag.ts';
import { BENGKALIS, openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

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
  // Drawn again in its new group, the card keeps the focus the press gave it: its keys work on.
  await expect(card(page, 'Bantaeng', 'Koleksi buku anak').locator('.card-body')).toBeFocused();

  // Before a card, from its upper half. Both cards mid-screen: near the bottom fifth the page
  // scrolls under a dragged card, and the target moves away from the pointer.
  const second = card(page, 'Maros', 'Komputer bantuan rusak');
  const marosBefore = await texts(page, 'Maros');
  await middleOfScreen(second);
  await pickUp(page, card(page, 'Bantaeng', 'Koleksi buku anak'));
  await hover(page, second, 0.2);
  await expect(second).toHaveClass(/\bdrop-before\b/);
  await page.mouse.up();
  await expect.poll(() => texts(page, 'Maros')).toEqual([marosBefore[0], 'Koleksi buku anak di perpustakaan desa masih sedikit', ...marosBefore.slice(1)]);
});

/**
 * A cluster two groups share shows in both columns, each with its own group's card. A drop by it
 * lands in the column under the pointer, after that column's card (the line used to show in both
 * columns, and the card landed in the first group). Picked up, the cluster travels whole.
 */
test('a drop by a cluster two groups share lands in the group under the pointer, and the cluster moves whole', async ({ page, host }) => {
  const { sessionId } = await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const board = await callApi<{ cards: Array<{ id: string; text: string }> }>(page, 'sessions.board', { id: sessionId });
  const idOf = (text: string) => board.cards.find((c) => c.text === text)!.id;
  const bone = 'Pengelola perpustakaan sering berganti';
  const bantaeng = 'Dana desa belum dianggarkan untuk perpustakaan';
  await callApi(page, 'clusters.create', { id: crypto.randomUUID(), sessionId, title: 'Perpustakaan kurang didukung', cardIds: [idOf(bone), idOf(bantaeng)] });
  const cluster = (group: string) => column(page, group).getByTestId('cluster');
  await expect(cluster('Bone')).toBeVisible();
  await expect(cluster('Bantaeng')).toBeVisible();
  await expectInsideItsBorder(cluster('Bone'));

  // Into each of the two columns, after the cluster: one of them is not where its last card is.
  for (const [group, other, member, moving] of [
    ['Bantaeng', 'Bone', bantaeng, 'Warga belum tahu kegiatan perpustakaan'],
    ['Bone', 'Bantaeng', bone, 'Komputer bantuan rusak dan belum diperbaiki'],
  ] as const) {
    await middleOfScreen(cluster(group));
    await pickUp(page, card(page, 'Maros', moving));
    await hover(page, cluster(group), 0.6);
    await expect(cluster(group)).toHaveClass(/\bdrop-after\b/);
    await expect(cluster(other), 'the line shows in one column only').not.toHaveClass(/\bdrop-after\b/);
    await page.mouse.up();
    await expect.poll(() => texts(page, group), `dropped after the cluster in ${group}`).toContain(moving);
    const shown = await texts(page, group);
    expect(shown.indexOf(moving), `right after ${group}’s card of the cluster`).toBe(shown.indexOf(member) + 1);
  }

  // The cluster picked up in Bantaeng goes whole to where the pointer is in Pinrang, and stays a cluster.
  await middleOfScreen(cluster('Bantaeng'));
  await pickUp(page, cluster('Bantaeng').locator('.cluster-handle'));
  await hover(page, card(page, 'Pinrang', 'Perpustakaan desa belum punya relawan'), 0.8);
  await expect(card(page, 'Pinrang', 'Perpustakaan desa belum punya relawan')).toHaveClass(/\bdrop-after\b/);
  await page.mouse.up();
  await expect.poll(() => texts(page, 'Pinrang')).toEqual(['Perpustakaan desa belum punya relawan', bone, bantaeng, 'Laporan kegiatan terlambat dikirim', 'Buku keterampilan pertanian kurang', 'Mengajak karang taruna menjadi relawan', 'Jadwal pelaporan bulanan bersama pendamping']);
  await expect(cluster('Pinrang').locator('.card-text')).toHaveText([bone, bantaeng]);
  await expect(cluster('Bone')).toHaveCount(0);
  await expect(cluster('Bantaeng')).toHaveCount(0);

  // By keyboard: picked up and put straight down, it stays where it was (it went up one place when
  // its preview, its title alone, stood nearer the card above than its own place).
  const keys = new BoardPage(page);
  const pinrang = await texts(page, 'Pinrang');
  await cluster('Pinrang').locator('.cluster-handle').focus();
  await keys.pickUpFocused();
  // Heard as what it is: a cluster, not a card.
  await expect(page.getByText('Gabungan “Perpustakaan kurang didukung” diangkat dari kelompok Pinrang.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByRole('status').filter({ hasText: 'Gabungan “Perpustakaan kurang didukung” ditaruh di kelompok Pinrang, posisi 2' })).toBeAttached();
  expect(await texts(page, 'Pinrang')).toEqual(pinrang);

  // And one group to the right.
  await cluster('Pinrang').locator('.cluster-handle').focus();
  await keys.pickUpFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'berada di kelompok Soppeng' })).toBeAttached();
  // Its preview is drawn where it will land: taller than the cards, it went in one place lower.
  await expectUnderItsPreview(column(page, 'Soppeng').getByTestId('cluster'));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'berada di kelompok Enrekang' })).toBeAttached();
  await expectUnderItsPreview(column(page, 'Enrekang').getByTestId('cluster'));
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('status').filter({ hasText: 'berada di kelompok Soppeng' })).toBeAttached();
  await expectUnderItsPreview(column(page, 'Soppeng').getByTestId('cluster'));
  await page.keyboard.press('Space');
  await expect.poll(() => texts(page, 'Soppeng')).toContain(bone);
  await expect(cluster('Soppeng').locator('.card-text')).toHaveText([bone, bantaeng]);
  expect(await texts(page, 'Pinrang')).not.toContain(bantaeng);
});

/**
 * A board of 17 villages at 1024 px: the columns far off to the side are drawn light (no drag
 * machinery: dnd-kit redrew all 340 cards of such a board at each pick-up and drop), yet read out
 * as the full card, kind and words. Scrolled to, they turn full and take a drop like any.
 */
test('on a board of 17 villages the far columns are drawn light, then turn full and take a drop', async ({ page, host }) => {
  const { sessionId } = await openRoomBoard(page, host.url, BENGKALIS);
  const villages = Object.keys(BENGKALIS.groups);
  const [last, beforeLast] = [villages.at(-1)!, villages.at(-2)!];
  // The far card is of the board's own kind: its tint is a colour the card itself carries.
  const far = column(page, last).getByTestId('card').first();
  const farId = await far.locator('[data-card-id]').getAttribute('data-card-id');
  const kind = await callApi<{ id: string }>(page, 'kinds.create', { id: crypto.randomUUID(), sessionId, label: 'Peluang', color: 'teal', icon: 'star' });
  await callApi(page, 'cards.update', { id: farId, customKindId: kind.id });
  await expect(far).toHaveClass(/\bcard-far\b/);
  await expect(far.locator('.kind-chip')).toHaveText('Peluang');
  await expect(column(page, villages[0]!).getByTestId('card').first()).not.toHaveClass(/\bcard-far\b/);
  const colours = (card: Locator) => card.evaluate((node) => ['backgroundColor', 'borderLeftColor'].map((key) => getComputedStyle(node)[key as 'color']));
  const lightColours = await colours(far);

  await column(page, last).scrollIntoViewIfNeeded();
  await expect(far).not.toHaveClass(/\bcard-far\b/);
  expect(await colours(far), 'the same tint and group colour, light or full').toEqual(lightColours);
  const moving = (await far.locator('.card-text').textContent())!;
  const target = column(page, beforeLast).getByTestId('card').last();
  await expect(target).not.toHaveClass(/\bcard-far\b/);
  await pickUp(page, far);
  await hover(page, target, 0.8);
  await expect(target).toHaveClass(/\bdrop-after\b/);
  await page.mouse.up();
  await expect.poll(() => texts(page, beforeLast)).toEqual([...BENGKALIS.groups[beforeLast]!.challenges, ...BENGKALIS.groups[beforeLast]!.solutions, moving]);
});

/**
 * A cluster's title, tools and cards stand inside its border. In a narrow column its title and
 * two tools made it wider than the column gave it, and its cards stuck out past its right edge.
 */
async function expectInsideItsBorder(cluster: Locator) {
  const box = (await cluster.boundingBox())!;
  const rights = await cluster.locator('.card, .cluster-tools').evaluateAll((parts) => parts.map((part) => part.getBoundingClientRect().right));
  expect(rights.length).toBeGreaterThan(1);
  for (const right of rights) expect(right, 'inside the cluster’s border').toBeLessThanOrEqual(box.x + box.width - 1);
}

/** A keyboard drag draws the item in hand (its preview) where the item will land. */
async function expectUnderItsPreview(item: Locator) {
  const preview = item.page().locator('.card-preview');
  // Both read at each try: the preview slides to its place (a 250 ms transition), and a place read
  // once, mid-slide, was never reached.
  const apart = async () => Math.abs(((await item.boundingBox())?.y ?? 0) - ((await preview.boundingBox())?.y ?? -1000));
  await expect.poll(apart, 'the item’s place, under its preview').toBeLessThan(1);
}
