import { pdfPages, squash } from '../unit/reports/pdf-tools.ts';
import { AwardsPage } from './pages/awards.ts';
import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { openSection } from './pages/workshop-setup.ts';
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
  // A second window (the projector) follows the scores.
  const projectorPage = await page.context().newPage();
  await projectorPage.goto(page.url());
  const projector = new AwardsPage(projectorPage);
  await expect(projector.rankingRows()).toHaveText([/^1Desa Jangkang54/, /^2Desa Damai51/, /^3Desa Wonosari48/, /^4Desa Muntai42/]);

  // The second column comes from the juror's spreadsheet: one paste, one call, one undo step.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('90\r\n75\r\n70\r\n70\r\n'));
  await awards.scoreCell('Pelibatan masyarakat', 'Desa Wonosari').click();
  await page.keyboard.press('Control+V');
  await expect(page.getByRole('status').filter({ hasText: '4 nilai ditempel.' })).toBeVisible();
  await expect(awards.scoreCell('Pelibatan masyarakat', 'Desa Damai')).toHaveValue('70');
  // Wonosari and Jangkang both score 84: Jangkang is ahead on the heavier criterion.
  const ranked = [/^1Desa Jangkang · unggul pada Peningkatan layanan84/, /^2Desa Wonosari84/, /^3Desa Damai79/, /^4Desa Muntai70/];
  await expect(awards.rankingRows()).toHaveText(ranked);
  await expect(projector.rankingRows()).toHaveText(ranked);
  await awards.undoButton().click();
  await expect(awards.scoreCell('Pelibatan masyarakat', 'Desa Damai')).toHaveValue('');
  await expect(projector.rankingRows()).toHaveText([/^1Desa Jangkang54/, /^2Desa Damai51/, /^3Desa Wonosari48/, /^4Desa Muntai42/]);
  await awards.redoButton().click();
  await expect(awards.rankingRows()).toHaveText(ranked);
  await expect(projector.rankingRows()).toHaveText(ranked);
  await projectorPage.close();
  await expectAccessible(page, 'the awards page with scores');

  // A juror removed by mistake: the focus stays in the list, and Urungkan brings them back.
  await awards.addJuror('Sugiri');
  await page.getByRole('button', { name: 'Hapus juri Sugiri' }).click();
  await expect(page.getByRole('button', { name: 'Hapus juri Riki Arianto' })).toBeFocused();
  await page.getByRole('status').filter({ hasText: 'Juri Sugiri dihapus.' }).getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.locator('.juror-list').getByText('Sugiri')).toBeVisible();

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
  await expect(page.getByRole('button', { name: 'Umumkan pemenang Perpustakaan Desa Terbaik di proyektor' })).toBeFocused();

  const piagam = await new ReportsPage(page).download('Piagam para pemenang Perpustakaan Desa Terbaik (PDF)');
  expect(piagam.name).toBe('Piagam PLM Kabupaten Bengkalis 2022 - Perpustakaan Desa Terbaik.pdf');
  const pages = pdfPages(piagam.bytes).map(squash);
  expect(pages).toHaveLength(3);
  expect(pages[0]).toMatch(/PIAGAM PENGHARGAAN .*Desa Jangkang .*Juara 1 .*Perpustakaan Desa Terbaik/);
  expect(pages[2]).toMatch(/Desa Damai .*Juara 3/);
});

test('in English, the awards page and the reveal screen are accessible, and a deleted category leaves the focus on "Add category"', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  await list.open(host.url);
  await list.create(BENGKALIS);
  for (const village of ['Desa Wonosari', 'Desa Jangkang']) await board.addGroup(village);
  const api = new ReportsPage(page);
  const workshopId = new URL(page.url()).hash.split('/')[2]!;
  const groups = (await api.api<{ groups: Array<{ id: string }> }>('workshops.get', { id: workshopId })).groups;
  await api.api('awards.saveCategory', { workshopId, name: 'Best Village Library', criteria: [{ name: 'Service', weight: 1 }] });
  const book = await api.api<{ categories: Array<{ criteria: Array<{ id: string }> }>; jurors: Array<{ id: string }> }>('awards.saveJuror', { workshopId, name: 'Riki Arianto' });
  const criterionId = book.categories[0]!.criteria[0]!.id;
  await api.api('awards.setScores', { workshopId, scores: groups.map((g, i) => ({ criterionId, jurorId: book.jurors[0]!.id, entrantId: g.id, score: 80 + i })) });

  await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
  await openSection(page, 'Awards');
  await expect(page.locator('.ranking-table tbody tr')).toHaveText([/^1Desa Jangkang81/, /^2Desa Wonosari80/]);
  await expectAccessible(page, 'the awards page in English');
  await page.getByRole('button', { name: 'Announce winners of Best Village Library on the projector' }).click();
  await expect(page.getByRole('dialog', { name: 'Winners of Best Village Library' })).toBeVisible();
  await expectAccessible(page, 'the reveal screen in English');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Delete category Best Village Library' }).click();
  await expect(page.getByRole('button', { name: 'Add category' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Category Best Village Library deleted.' })).toBeVisible();
  await expectAccessible(page, 'the awards page in English with a deletion notice');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Best Village Library', exact: true })).toBeVisible();
  await expect(page.locator('.ranking-table tbody tr')).toHaveText([/^1Desa Jangkang81/, /^2Desa Wonosari80/]);
});
