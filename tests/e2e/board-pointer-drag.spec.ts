import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.ts';
import { hover, middleOfScreen, pickUp } from './support/pointer-drag.ts';
import { BENGKALIS, openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

const column = (page: Page, group: string) => page.locator('[data-column]', { has: page.getByRole('heading', { name: group, exact: true }) });
const card = (page: Page, group: string, text: string) => column(page, group).getByTestId('card').filter({ hasText: text });
const texts = (page: Page, group: string) => column(page, group).locator('.card-text').allTextContents();
const tops = (page: Page, group: string) => column(page, group).getByTestId('card').evaluateAll((cards) => cards.map((c) => Math.round(c.getBoundingClientRect().top)));
const bone = SULAWESI_SELATAN.groups.Bone!;
const [koleksi, pengelola, internet] = bone.challenges as [string, string, string];

/** Every `cards.move` the page sends from now on. */
function movesSent(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.postData()?.includes('"cards.move"')) sent.push(request.postData() ?? '');
  });
  return sent;
}

/**
 * Within its own group, a card dragged by the mouse leaves the others where they are (they used to
 * slide aside at every card passed) and shows the line where it will land, as in any other group.
 */
test('in its own group a card dragged by the mouse shows the line, the others stay put, and it lands there', async ({ page, host }) => {
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const target = card(page, 'Bone', internet);
  await middleOfScreen(target);
  const before = await tops(page, 'Bone');
  await pickUp(page, card(page, 'Bone', koleksi));
  await hover(page, target, 0.75);
  await expect(target).toHaveClass(/\bdrop-after\b/);
  await expect(card(page, 'Bone', koleksi), 'the card in hand stays in its place, faded').toHaveClass(/\bcard-dragging\b/);
  expect(await tops(page, 'Bone'), 'the group’s cards while the pointer passes').toEqual(before);
  await expect(page.getByText(`Kartu “${koleksi}” berada di kelompok Bone, posisi 3 dari 5.`)).toBeAttached();
  await page.mouse.up();
  await expect.poll(() => texts(page, 'Bone')).toEqual([pengelola, internet, koleksi, ...bone.challenges.slice(3), ...bone.solutions]);
  await expect(page.getByText(`Kartu “${koleksi}” ditaruh di kelompok Bone, posisi 3 dari 5.`)).toBeAttached();
  await expect(page.locator('.drop-before, .drop-after, .card-dragging, .pointer-drag-preview')).toHaveCount(0);
});

/** A drag that ends where it began, outside the columns, or with Escape moves nothing and saves nothing. */
test('a card dropped back on its place or outside the columns, or let go after Escape, stays and nothing is saved', async ({ page, host }) => {
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const moves = movesSent(page);
  const boneBefore = await texts(page, 'Bone');
  const moving = card(page, 'Bone', pengelola);
  await middleOfScreen(moving);

  // Over itself: no line, and the drop changes nothing.
  await pickUp(page, moving);
  await hover(page, card(page, 'Bone', internet), 0.5);
  await hover(page, moving, 0.5);
  await expect(page.locator('.drop-before, .drop-after')).toHaveCount(0);
  await page.mouse.up();
  await expect(page.getByText(`Pemindahan dibatalkan. Kartu “${pengelola}” kembali ke kelompok Bone.`)).toBeAttached();

  // Over the board's title, outside every column.
  await pickUp(page, moving);
  const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
  await page.mouse.move(title.x + 10, title.y + title.height / 2, { steps: 10 });
  await page.mouse.up();

  // Escape with the line in another group: the card goes back, and letting go after does nothing.
  await middleOfScreen(moving);
  await pickUp(page, moving);
  const elsewhere = card(page, 'Bantaeng', 'Ruang baca sempit');
  await hover(page, elsewhere, 0.3);
  await expect(elsewhere).toHaveClass(/\bdrop-before\b/);
  await page.keyboard.press('Escape');
  await expect(page.locator('.drop-before, .drop-after, .card-dragging, .pointer-drag-preview')).toHaveCount(0);
  await page.mouse.up();

  expect(await texts(page, 'Bone')).toEqual(boneBefore);
  expect(moves, 'moves sent').toEqual([]);
  await expect(page.getByText(`Pemindahan dibatalkan. Kartu “${pengelola}” kembali ke kelompok Bone.`)).toBeAttached();
});

/**
 * A facilitator gathers cards from two groups (Ctrl+click: the columns stay still as the selection's
 * bar appears) and drags one of them: the hand shows that both travel ("2 kartu"), the cursor grabs
 * wherever it goes, and a screen reader hears both counted, while dragging and at the drop.
 */
test('a card dragged with the rest of the selection shows and says how many cards it carries', async ({ page, host }) => {
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const maros = SULAWESI_SELATAN.groups.Maros!;
  const target = card(page, 'Pinrang', 'Laporan kegiatan terlambat dikirim');
  await middleOfScreen(target);
  const second = card(page, 'Maros', maros.challenges[0]!).locator('.card-body');
  const secondTop = (await second.boundingBox())!.y;
  await card(page, 'Bone', koleksi).locator('.card-body').click({ modifiers: ['Control'] });
  await expect(page.getByText('1 kartu dipilih')).toBeVisible();
  // The bar that came with the first click floats: the next card is still where the eye left it.
  expect((await second.boundingBox())!.y, 'the second card after the first click').toBe(secondTop);
  await second.click({ modifiers: ['Control'] });
  await expect(page.getByText('2 kartu dipilih')).toBeVisible();

  await pickUp(page, card(page, 'Bone', koleksi));
  await expect(page.locator('.pointer-drag-preview .card-stack-count')).toHaveText('2 kartu');
  await hover(page, target, 0.75);
  const cursor = await page.evaluate(() => {
    const under = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
    return under ? getComputedStyle(under).cursor : '';
  });
  expect(cursor, 'the cursor over the page while a card is in hand').toBe('grabbing');
  const carried = `Kartu “${koleksi}” dan 1 kartu terpilih lainnya`;
  // Pinrang's five cards and the two that come: the line stands after its second card.
  await expect(page.getByText(`${carried} berada di kelompok Pinrang, posisi 3 dari 7.`)).toBeAttached();
  await page.mouse.up();
  await expect(page.getByText(`${carried} ditaruh di kelompok Pinrang, posisi 3 dari 7.`)).toBeAttached();
  await expect.poll(() => column(page, 'Pinrang').getByTestId('card').count()).toBe(7);
  await expect(page.locator('.pointer-drag-preview, .pointer-drag-cover')).toHaveCount(0);
});

/** With a card in hand, the wheel still scrolls: the page down, and the board of 17 villages sideways. */
test('a wheel turned while a card is held scrolls the page and the board sideways', async ({ page, host }) => {
  await openRoomBoard(page, host.url, BENGKALIS);
  const board = page.locator('.board');
  await middleOfScreen(card(page, 'Wonosari', 'Pengelola perpustakaan belum mendapat honor'));
  await pickUp(page, card(page, 'Wonosari', 'Pengelola perpustakaan belum mendapat honor'));
  await expect(page.locator('.pointer-drag-preview')).toBeVisible();
  const [left, top] = [await board.evaluate((b) => b.scrollLeft), await page.evaluate(() => scrollY)];
  await page.mouse.wheel(300, 0);
  await expect.poll(() => board.evaluate((b) => b.scrollLeft)).toBeGreaterThan(left);
  // Up: the card, put mid-screen, has the page scrolled down as far as it goes.
  await page.mouse.wheel(0, -200);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(top);
  await page.keyboard.press('Escape');
  await page.mouse.up();
});

test.describe('by touch', () => {
  test.use({ hasTouch: true });

  /**
   * On a touch screen a finger that rests on a card picks it up (a swipe over the cards still
   * scrolls the board), then the card goes where the line shows.
   */
  test('a finger resting on a card picks it up and drops it at the line; a swipe scrolls instead', async ({ page, host }) => {
    await openRoomBoard(page, host.url, SULAWESI_SELATAN);
    const touch = await page.context().newCDPSession(page);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
      touch.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const moving = 'Pengrajin belum dikelompokkan menurut usaha';
    const target = card(page, 'Pinrang', 'Laporan kegiatan terlambat dikirim');
    await middleOfScreen(target);

    // A swipe up from a card: the page scrolls, nothing is picked up.
    const from = (await card(page, 'Maros', moving).locator('.card-body').boundingBox())!;
    const scrolled = await page.evaluate(() => scrollY);
    await finger('touchStart', from.x + 30, from.y + 20);
    for (let step = 1; step <= 8; step++) await finger('touchMove', from.x + 30, from.y + 20 - step * 20);
    await expect(page.locator('.pointer-drag-preview')).toHaveCount(0);
    await finger('touchEnd');
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled);

    // A rest, then a drag to the lower half of Pinrang's second card.
    await middleOfScreen(target);
    const start = (await card(page, 'Maros', moving).locator('.card-body').boundingBox())!;
    const to = (await target.boundingBox())!;
    await finger('touchStart', start.x + 30, start.y + 20);
    await expect(page.locator('.pointer-drag-preview'), 'in the hand after a rest, before any move').toBeVisible();
    for (let step = 1; step <= 12; step++) {
      await finger('touchMove', start.x + 30 + ((to.x + 30 - start.x - 30) * step) / 12, start.y + 20 + ((to.y + to.height * 0.8 - start.y - 20) * step) / 12);
    }
    await expect(target).toHaveClass(/\bdrop-after\b/);
    await expect(page.locator('.pointer-drag-preview')).toBeVisible();
    await finger('touchEnd');
    const pinrang = SULAWESI_SELATAN.groups.Pinrang!;
    await expect.poll(() => texts(page, 'Pinrang')).toEqual([...pinrang.challenges.slice(0, 2), moving, ...pinrang.challenges.slice(2), ...pinrang.solutions]);
  });
});
