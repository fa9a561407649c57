import { BENGKALIS, openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';
import { BoardPage } from './pages/board.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';

const WORKSHOP = { title: 'PLM Provinsi Lampung 2019', startDate: '2019-10-15', endDate: '2019-10-17', venue: 'Hotel Emersia' };

/**
 * A keyboard drop lands where the arrows put it, every time: each arrow moves one place (the
 * page scrolls along instantly; a smooth scroll still running made the next arrow count from a
 * half-scrolled spot), and Space drops at the announced position.
 */
test('a card dropped by keyboard lands at the position the arrows announced', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  await list.open(host.url);
  await list.create(WORKSHOP);
  await board.addGroup('Pesawaran');
  await board.typeCards('Pesawaran', ['Jam buka', 'Rak penuh', 'Sinyal lemah', 'Relawan sedikit']);
  const step = async (key: string, text: string, position: number) => {
    await page.keyboard.press(key);
    await expect(page.getByText(`Kartu “${text}” berada di kelompok Pesawaran, posisi ${position} dari 4.`)).toBeAttached();
  };

  await board.pickUp('Pesawaran', 'Relawan sedikit');
  await step('ArrowUp', 'Relawan sedikit', 3);
  await step('ArrowUp', 'Relawan sedikit', 2);
  await page.keyboard.press('Space');
  await board.expectCards('Pesawaran', ['Jam buka', 'Relawan sedikit', 'Rak penuh', 'Sinyal lemah']);

  await board.pickUp('Pesawaran', 'Jam buka');
  await step('ArrowDown', 'Jam buka', 2);
  await step('ArrowDown', 'Jam buka', 3);
  await step('ArrowDown', 'Jam buka', 4);
  await page.keyboard.press('Space');
  await board.expectCards('Pesawaran', ['Relawan sedikit', 'Rak penuh', 'Sinyal lemah', 'Jam buka']);

  await page.reload();
  await board.expectCards('Pesawaran', ['Relawan sedikit', 'Rak penuh', 'Sinyal lemah', 'Jam buka']);

  // Laid out per kind, a column is a kind: heard as "kolom Tantangan", not as a group.
  await page.getByRole('button', { name: 'Per jenis', exact: true }).click();
  await page.locator('.card-body', { hasText: 'Jam buka' }).focus();
  await board.pickUpFocused();
  await expect(page.getByText('Kartu “Jam buka” diangkat dari kolom Tantangan.')).toBeAttached();
  await page.keyboard.press('Escape');
  await expect(page.getByText('Pemindahan dibatalkan. Kartu “Jam buka” kembali ke kolom Tantangan.')).toBeAttached();
});

/**
 * On a room's board the columns stand side by side with cards of the same height, row by row.
 * Down goes to the next place in the card's own column, not to the card beside it in the next
 * column (dnd-kit's search counted that one as "below" when it stood a fraction of a pixel lower,
 * and the card swung between two villages at every arrow). Right carries it into the next column.
 */
test('on a board of many villages the arrows keep a card in its column until Right moves it on', async ({ page, host }) => {
  // 17 villages of 6 cards to set up through the API first.
  test.setTimeout(120_000);
  const villages = Object.keys(BENGKALIS.groups);
  // Four lines each in 17 narrow columns: rows as far apart as the columns, to a fraction of a pixel.
  const card = (n: number, village: string) => `Tantangan nomor ${villages.indexOf(village) * 10 + n}: koleksi, jam buka, internet, pengelola`;
  const groups = Object.fromEntries(villages.map((village) => [village, { challenges: [1, 2, 3, 4, 5, 6].map((n) => card(n, village)), solutions: [] }]));
  await openRoomBoard(page, host.url, { ...BENGKALIS, groups });
  const board = new BoardPage(page);
  const carried = card(1, 'Wonosari');
  const heard = (group: string, position: number, total: number) =>
    expect(page.getByText(`Kartu “${carried}” berada di kelompok ${group}, posisi ${position} dari ${total}.`)).toBeAttached();

  await board.pickUp('Wonosari', carried);
  for (const position of [2, 3, 4]) {
    await page.keyboard.press('ArrowDown');
    await heard('Wonosari', position, 6);
  }
  // Back up to where it was picked up: heard there too (over itself, it used to say nothing).
  for (const position of [3, 2, 1]) {
    await page.keyboard.press('ArrowUp');
    await heard('Wonosari', position, 6);
  }
  for (const position of [2, 3]) {
    await page.keyboard.press('ArrowDown');
    await heard('Wonosari', position, 6);
  }
  await page.keyboard.press('ArrowRight');
  await heard('Kuala Alam', 3, 7);
  await page.keyboard.press('ArrowDown');
  await heard('Kuala Alam', 4, 7);
  await page.keyboard.press('Space');
  await board.expectCards('Kuala Alam', [1, 2, 3].map((n) => card(n, 'Kuala Alam')).concat(carried, [4, 5, 6].map((n) => card(n, 'Kuala Alam'))));
  await board.expectCards('Wonosari', [2, 3, 4, 5, 6].map((n) => card(n, 'Wonosari')));
});

/**
 * Two cards chosen (Ctrl+click), one carried by the keyboard: a screen reader hears that the
 * other comes along and counts both in the group they go to; the card in hand shows "2 kartu".
 */
test('a card carried by the keyboard with the rest of the selection is heard and shown with it', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  const board = new BoardPage(page);
  const [koleksi, pengelola] = SULAWESI_SELATAN.groups.Bone!.challenges as [string, string];
  await board.handle('Bone', koleksi).click({ modifiers: ['Control'] });
  await board.handle('Bone', pengelola).click({ modifiers: ['Control'] });
  await board.pickUp('Bone', koleksi);
  await expect(page.getByText(`Kartu “${koleksi}” dan 1 kartu terpilih lainnya diangkat dari kelompok Bone.`)).toBeAttached();
  await expect(page.locator('.drag-overlay .card-stack-count')).toHaveText('2 kartu');
  await page.keyboard.press('ArrowRight');
  // Bantaeng's five cards and the two that come.
  await expect(page.getByText(new RegExp(`^Kartu “${koleksi}” dan 1 kartu terpilih lainnya berada di kelompok Bantaeng, posisi \\d dari 7\\.$`))).toBeAttached();
  await page.keyboard.press('Space');
  await expect(board.cards('Bantaeng')).toHaveCount(7);
  await expect(board.cards('Bone')).toHaveCount(3);
});

/**
 * By group and kind, each group's kinds are lanes one above the other. Down from a lane's last
 * card goes into the lane below, at its start, and Up from a lane's first card into the lane
 * above, at its end (before: Up there did nothing, then it went in before the lane's last card).
 */
test('by group and kind, the arrows carry a card down into the next lane and up again', async ({ page, host }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openRoomBoard(page, host.url, SULAWESI_SELATAN);
  await page.getByRole('button', { name: 'Kelompok × jenis', exact: true }).click();
  await expect(page.locator('.grid-board')).toBeVisible();
  const [first, second, third] = SULAWESI_SELATAN.groups.Bone!.challenges as [string, string, string];
  const heard = (lane: string, position: number, total: number) =>
    expect(page.getByText(`Kartu “${first}” berada di kelompok Bone, ${lane}, posisi ${position} dari ${total}.`)).toBeAttached();

  // By the card itself: `BoardPage.pickUp` finds a group's column, and the grid has lanes instead.
  await page.locator('.card-body', { hasText: first }).focus();
  await new BoardPage(page).pickUpFocused();
  await page.keyboard.press('ArrowDown');
  await heard('Tantangan', 2, 3);
  await page.keyboard.press('ArrowDown');
  await heard('Tantangan', 3, 3);
  await page.keyboard.press('ArrowDown');
  await heard('Solusi', 1, 3);
  // Back up out of the lane: at its end, below its last card; then up and down within it.
  await page.keyboard.press('ArrowUp');
  await heard('Tantangan', 3, 3);
  await page.keyboard.press('ArrowUp');
  await heard('Tantangan', 2, 3);
  await page.keyboard.press('ArrowDown');
  await heard('Tantangan', 3, 3);
  await page.keyboard.press('Space');
  await expect(page.getByText(`Kartu “${first}” ditaruh di kelompok Bone, Tantangan, posisi 3 dari 3.`)).toBeAttached();
  const bone = page.locator('.grid-cell').filter({ has: page.locator('.card-text', { hasText: second }) });
  await expect(bone.locator('.card-text')).toHaveText([second, third, first]);
});
