import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';
import { LAMPUNG } from './support/workshops.ts';

test('a CSV export uses the semicolon once chosen, remembers it, and no card runs as a formula', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await board.addGroup('Way Kanan');
  await board.typeCards('Way Kanan', ['-1+1', ';=1+1']);
  await board.expectCards('Way Kanan', ['-1+1', ';=1+1']);

  await reports.openTab();
  const separator = page.getByLabel('Pemisah kolom CSV');
  await expect(separator).toHaveValue(',');
  await separator.selectOption({ label: 'Titik koma (;) — Excel berbahasa Indonesia' });
  await expect(separator).toHaveValue(';');

  const cards = await reports.download('Semua kartu sebagai CSV');
  const lines = cards.bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^"No\.";"Sesi";/);
  expect(lines.some((line) => line.includes(`;"'-1+1";`))).toBe(true);
  expect(lines.some((line) => line.includes(`;";=1+1";`))).toBe(true);

  await page.reload();
  await expect(page.getByLabel('Pemisah kolom CSV')).toHaveValue(';');
});
