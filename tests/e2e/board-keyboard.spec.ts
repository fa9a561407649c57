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
});
