import { BoardPage } from './pages/board.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { test } from './support/fixtures.ts';

const WORKSHOP = { title: 'PLM Provinsi Lampung 2019', startDate: '2019-10-15', endDate: '2019-10-17', venue: 'Hotel Emersia' };

// Keys pressed quickly, as a facilitator does: every arrow counts, however fast they come.
test('a card dropped by keyboard lands where the arrows put it, pressed in quick succession', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  await list.open(host.url);
  await list.create(WORKSHOP);
  await board.addGroup('Pesawaran');
  await board.typeCards('Pesawaran', ['Jam buka', 'Rak penuh', 'Sinyal lemah', 'Relawan sedikit']);

  await board.pickUp('Pesawaran', 'Relawan sedikit');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Space');
  await board.expectCards('Pesawaran', ['Jam buka', 'Relawan sedikit', 'Rak penuh', 'Sinyal lemah']);

  await board.pickUp('Pesawaran', 'Jam buka');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await board.expectCards('Pesawaran', ['Relawan sedikit', 'Rak penuh', 'Sinyal lemah', 'Jam buka']);

  await page.reload();
  await board.expectCards('Pesawaran', ['Relawan sedikit', 'Rak penuh', 'Sinyal lemah', 'Jam buka']);
});
