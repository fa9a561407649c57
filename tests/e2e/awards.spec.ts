import { pdfPages, squash } from '../unit/reports/pdf-tools.ts';
import { AwardsPage } from './pages/awards.ts';
import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expectAccessible } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

const BENGKALIS = { title: 'PLM Kabupaten Bengkalis 2022', startDate: '2022-10-13', endDate: '2022-10-13', venue: 'Aula Dispersip Bengkalis' };

test('a facilitator adds an award, enters the scores by keyboard, reveals the winners and exports the piagam', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const awards = new AwardsPage(page);
  await list.open(host.url);
  await list.create(BENGKALIS);
  for (const village of ['Desa Wonosari', 'Desa Jangkang', 'Desa Muntai', 'Desa Damai']) await board.addGroup(village);

  await awards.open();
  await expectAccessible(page, 'the empty awards page');
  await awards.addCategory('Perpustakaan Desa Terbaik', [
    ['Peningkatan layanan', 60],
    ['Pelibatan masyarakat', 40],
  ]);
  await awards.addJuror('Riki Arianto');

  // Down the first column with Enter, then Tab to the second, as from the juror's paper.
  await awards.scoreCell('Peningkatan layanan', 'Desa Wonosari').click();
  for (const score of ['80', '90', '70', '85']) {
    await page.keyboard.type(score);
    await page.keyboard.press('Enter');
  }
  await awards.scoreCell('Pelibatan masyarakat', 'Desa Wonosari').click();
  for (const score of ['90', '75', '70', '70']) {
    await page.keyboard.type(score);
    await page.keyboard.press('ArrowDown');
  }
  // Wonosari and Jangkang both score 84: Jangkang is ahead on the heavier criterion.
  await expect(awards.rankingRows()).toHaveText([/^1Desa Jangkang · unggul pada Peningkatan layanan84/, /^2Desa Wonosari84/, /^3Desa Damai79/, /^4Desa Muntai70/]);
  await expectAccessible(page, 'the awards page with scores');

  await page.getByRole('button', { name: 'Umumkan pemenang Perpustakaan Desa Terbaik di proyektor' }).click();
  const reveal = page.getByRole('dialog', { name: 'Pengumuman pemenang Perpustakaan Desa Terbaik' });
  await expect(reveal.getByText('Siapa juara 3?')).toBeVisible();
  await expect(reveal.getByText('Desa Jangkang')).toHaveCount(0);
  await expectAccessible(page, 'the reveal screen');
  await page.keyboard.press('Space');
  await expect(reveal.locator('.reveal-place')).toHaveText([/Juara 3Desa Damai/]);
  await page.keyboard.press('ArrowRight');
  await expect(reveal.locator('.reveal-place')).toHaveText([/Juara 3Desa Damai/, /Juara 2Desa Wonosari/]);
  await page.keyboard.press('Space');
  await expect(reveal.locator('.reveal-place')).toHaveText([/Juara 3/, /Juara 2/, /Juara 1Desa Jangkang Nilai 84/]);
  await expect(reveal.getByText('Selamat kepada para pemenang!')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(reveal).toHaveCount(0);

  const piagam = await new ReportsPage(page).download('Piagam para pemenang Perpustakaan Desa Terbaik (PDF)');
  expect(piagam.name).toBe('Piagam PLM Kabupaten Bengkalis 2022 - Perpustakaan Desa Terbaik.pdf');
  const pages = pdfPages(piagam.bytes).map(squash);
  expect(pages).toHaveLength(3);
  expect(pages[0]).toMatch(/PIAGAM PENGHARGAAN .*Desa Jangkang .*Juara 1 .*Perpustakaan Desa Terbaik/);
  expect(pages[2]).toMatch(/Desa Damai .*Juara 3/);
});
