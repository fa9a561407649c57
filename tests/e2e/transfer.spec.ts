import { join } from 'node:path';
import { BackupsPage } from './pages/backups.ts';
import { BoardPage } from './pages/board.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';
import { HostProcess } from './support/host.ts';
import { LAMPUNG } from './support/workshops.ts';

test('a workshop exported as .rembuk on one laptop shows the same board on another', async ({ page, host }, testInfo) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const backups = new BackupsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Way Kanan', 'Tulang Bawang']) await board.addGroup(group);
  await board.typeCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
  await board.typeCards('Tulang Bawang', ['Pengelola sering berganti']);
  await board.expectCards('Tulang Bawang', ['Pengelola sering berganti']);

  await backups.open();
  const download = await backups.exportWorkshop(LAMPUNG.title);
  expect(download.suggestedFilename()).toBe(`${LAMPUNG.title}.rembuk`);
  const file = join(testInfo.outputDir, download.suggestedFilename());
  await download.saveAs(file);

  // The second laptop: its own host on its own data folder.
  const other = new HostProcess();
  await other.start();
  try {
    await page.goto(other.url);
    await expect(page.getByText('Belum ada pertemuan')).toBeVisible();
    await backups.open();
    await backups.importFile(file);
    const dialog = page.getByRole('alertdialog', { name: 'Tambahkan pertemuan ini?' });
    await expect(dialog).toContainText(`${LAMPUNG.title}: 2 kelompok`);
    await expect(dialog).toContainText('3 kartu');
    await dialog.getByRole('button', { name: 'Impor' }).click();
    await expect(page.locator('.transfer-report')).toContainText(`${LAMPUNG.title}:`);
    expect(await backups.accessibilityProblems()).toEqual([]);
    await page.getByRole('link', { name: 'Buka pertemuan' }).click();
    await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
    await board.expectCards('Tulang Bawang', ['Pengelola sering berganti']);

    // The same file again merges into the workshop now there: nothing new, nothing lost.
    await backups.open();
    await backups.importFile(file);
    const merge = page.getByRole('alertdialog', { name: 'Gabungkan dengan pertemuan yang sudah ada?' });
    await merge.getByRole('button', { name: 'Gabungkan' }).click();
    await expect(page.locator('.transfer-report')).toContainText('0 ditambahkan, 0 diperbarui');
  } finally {
    await other.dispose();
  }
});
