import { openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_CODES } from '../../electron/core/startup-error.ts';
import { BackupsPage } from './pages/backups.ts';
import { BoardPage } from './pages/board.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';
import { runHostExpectingExit } from './support/host.ts';
import { LAMPUNG } from './support/workshops.ts';

test('a facilitator backs up, restores an earlier copy from the Cadangan page, and can undo it', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const backups = new BackupsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await board.addGroup('Way Kanan');
  await board.typeCards('Way Kanan', ['Koleksi buku anak sedikit']);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit']);

  await backups.open();
  await backups.backupNow();
  await expect(backups.rows().first()).toContainText('Dibuat manual');
  await expect(backups.rows().first()).toContainText('1');
  expect(await backups.accessibilityProblems()).toEqual([]);

  await page.getByRole('link', { name: 'Rembuk' }).click();
  await list.openWorkshop(LAMPUNG.title);
  await board.typeCards('Way Kanan', ['Internet lambat']);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);

  await backups.open();
  await backups.restoreRow(0);
  await expect(backups.rows().first()).toContainText('Sebelum pemulihan');

  await page.getByRole('link', { name: 'Rembuk' }).click();
  await list.openWorkshop(LAMPUNG.title);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit']);

  // Undo: restore the copy the restore made first.
  await backups.open();
  await backups.restoreRow(0);
  await expect(page.getByText('Data sudah dipulihkan dari cadangan')).toBeVisible();
  await page.getByRole('link', { name: 'Rembuk' }).click();
  await list.openWorkshop(LAMPUNG.title);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
});

test('a damaged data file stops the host with its own message, and --restore latest brings the board back', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await board.addGroup('Way Kanan');
  await board.typeCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
  // A typed card shows at once, before the core has saved it: the board as loaded again shows
  // what is saved. Stopping the host sooner could stop it before the second card arrived.
  await page.reload();
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
  await host.stop();

  // The header of the file is overwritten, as a failing disk or a bad copy would.
  const fd = openSync(join(host.dataDir, 'rembuk.sqlite'), 'r+');
  writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
  closeSync(fd);
  const refused = await runHostExpectingExit(['--port', '0', '--data', host.dataDir]);
  expect(refused.code).toBe(EXIT_CODES.database_damaged);
  expect(refused.output).toContain('Berkas data Rembuk rusak');
  expect(refused.output).toContain('--restore latest');
  expect(refused.output).toMatch(/Cadangan terbaru: .*\(1 pertemuan, 2 kartu\)/);
  expect(refused.output).not.toMatch(/\n\s+at /);

  const url = await host.start(0, ['--restore', 'latest']);
  expect(host.output).toContain('Dipulihkan dari');
  expect(host.output).toMatch(/rembuk-damaged-.*\.sqlite/);
  await page.goto(url);
  await list.openWorkshop(LAMPUNG.title);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
});
