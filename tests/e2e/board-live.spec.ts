import { BoardPage } from './pages/board.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';

const WORKSHOP = { title: 'PLM Kabupaten Bengkalis 2022', startDate: '2022-10-13', endDate: '2022-10-13', venue: 'Aula Dispersip Bengkalis' };

test('a second window (the projector) shows every change without a reload', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const laptop = new BoardPage(page);
  await list.open(host.url);
  await list.create(WORKSHOP);
  for (const village of ['Wonosari', 'Jangkang']) await laptop.addGroup(village);
  await laptop.typeCards('Wonosari', ['Buku anak sedikit', 'Internet lambat']);

  const projectorPage = await page.context().newPage();
  const projector = new BoardPage(projectorPage);
  await projectorPage.goto(page.url());
  await projector.expectCards('Wonosari', ['Buku anak sedikit', 'Internet lambat']);

  await laptop.typeCards('Jangkang', ['Relawan sedikit']);
  await projector.expectCards('Jangkang', ['Relawan sedikit']);

  await laptop.moveWithMenu('Wonosari', ['Internet lambat'], 'Jangkang');
  await projector.expectCards('Jangkang', ['Relawan sedikit', 'Internet lambat']);
  await projector.expectCards('Wonosari', ['Buku anak sedikit']);

  await laptop.merge('Jangkang', ['Relawan sedikit', 'Internet lambat'], 'Sumber daya');
  await expect(projector.column('Jangkang').getByTestId('cluster')).toContainText('Sumber daya');

  await laptop.setQuestion('Apa tantangan terbesar perpustakaan desa?');
  await expect(projectorPage.locator('.question-text')).toHaveText('Apa tantangan terbesar perpustakaan desa?');

  await page.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Mulai', exact: true }).click();
  await expect(projectorPage.getByRole('group', { name: 'Timer' }).getByRole('button', { name: 'Jeda', exact: true })).toBeVisible();

  await laptop.deleteCard('Wonosari', 'Buku anak sedikit');
  await projector.expectCards('Wonosari', []);
  await page.keyboard.press('Control+z');
  await projector.expectCards('Wonosari', ['Buku anak sedikit']);

  await page.getByRole('button', { name: 'Kunci papan' }).click();
  await expect(projectorPage.getByText('Papan ini dikunci: hanya bisa dilihat.')).toBeVisible();
  await expect(projector.captureField('Wonosari')).toHaveCount(0);
  await projectorPage.close();
});
