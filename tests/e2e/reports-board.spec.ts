import { pdfText, renderPages, squash } from '../unit/reports/pdf-tools.ts';
import { BoardPage } from './pages/board.ts';
import { ReportsPage } from './pages/reports.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';
import { LAMPUNG } from './support/workshops.ts';

test('a small exercise on the board (merge, link, dot vote) reads back from both reports', async ({ page, host }) => {
  test.setTimeout(90_000);
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']) await board.addGroup(group);

  await test.step('the groups write challenges and a solution', async () => {
    await board.typeCards('Lampung Tengah', ['Koleksi buku anak masih sedikit', 'Internet lambat di balai desa']);
    // Alt+2 switches the capture field to solutions.
    await page.keyboard.press('Alt+2');
    await page.keyboard.type('Ajukan wifi desa lewat Dana Desa');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Alt+1');
    await board.typeCards('Way Kanan', ['Pengelola sering berganti', 'Pengelola diganti tiap ganti kepala kampung', 'Jam buka terbatas']);
    await board.expectCards('Lampung Tengah', ['Koleksi buku anak masih sedikit', 'Internet lambat di balai desa', 'Ajukan wifi desa lewat Dana Desa']);
  });

  await test.step('merge the duplicates, link the solution to its challenge', async () => {
    await board.merge('Way Kanan', ['Pengelola sering berganti', 'Pengelola diganti tiap ganti kepala kampung'], 'Pengelola perpustakaan sering berganti');
    await board.link('Lampung Tengah', 'Ajukan wifi desa lewat Dana Desa', 'Lampung Tengah', 'Internet lambat di balai desa');
    await page.keyboard.press('Escape');
  });

  await test.step('vote with 5 dots per group, Way Kanan’s paper dots typed in, and close', async () => {
    await board.openVote({ budget: 5, scope: 'kelompok', kind: 'Tantangan' });
    await board.voteFor('Lampung Tengah');
    await board.clickDots('Lampung Tengah', 'Internet lambat di balai desa', 'Lampung Tengah', 3);
    await board.clickDots('Lampung Tengah', 'Koleksi buku anak masih sedikit', 'Lampung Tengah', 1);
    await board.voteFor('Way Kanan');
    await board.typeDots('Way Kanan', 'Pengelola sering berganti', 'Way Kanan', 2);
    await board.typeDots('Way Kanan', 'Pengelola diganti tiap ganti kepala kampung', 'Way Kanan', 2);
    await board.typeDots('Way Kanan', 'Jam buka terbatas', 'Way Kanan', 1);
    await board.typeDots('Lampung Tengah', 'Koleksi buku anak masih sedikit', 'Way Kanan', 0);
    await expect(board.votePanel().getByText('Way Kanan: 5/5')).toBeVisible();
    await board.votePanel().getByRole('button', { name: board.words.closeVote }).click();
    await expect(board.ranking().getByRole('listitem').first()).toContainText('Pengelola perpustakaan sering berganti');
  });

  const session = await reports.sessionReportFromBoard();
  const sessionText = squash(pdfText(session.bytes, { layout: true }));
  expect(sessionText).toContain('Suara: hasil pemungutan suara yang sudah ditutup');
  expect(sessionText).toMatch(/1\. Internet lambat di balai desa 3 Solusi: Ajukan wifi desa lewat Dana Desa 2\. Koleksi buku anak masih sedikit 1/);
  // The merged pair's cards are listed in their board order, each with its dots; together 4.
  expect(sessionText).toMatch(/1\. Pengelola perpustakaan sering berganti 4 Gabungan dari: [^.]*2\. Jam buka terbatas 1/);
  expect(sessionText).toContain('Pengelola sering berganti (2)');
  expect(sessionText).toContain('Pengelola diganti tiap ganti kepala kampung (2)');
  renderPages(session.bytes, 'e2e-board-session');

  await test.step('day 3: an action plan carrying out the solution (through the page’s API; the board’s own test drives that UI)', async () => {
    const workshopId = await page.evaluate(() => location.hash.split('/')[2]!);
    const detail = await reports.api<{ groups: Array<{ id: string; name: string }> }>('workshops.get', { id: workshopId });
    const tengah = detail.groups.find((g) => g.name === 'Lampung Tengah')!.id;
    const rtl = await reports.api<{ id: string }>('sessions.create', { workshopId, title: 'Rencana tindak lanjut', day: 3, template: 'action_plan', kind: 'board', question: '' });
    const plan = await reports.api<{ id: string }>('cards.create', {
      id: crypto.randomUUID(),
      sessionId: rtl.id,
      groupId: tengah,
      kind: 'action',
      text: 'Menyusun proposal wifi ke Dana Desa',
      who: 'Kepala kampung',
      byWhen: '2019-12-31',
      indicator: 'Proposal masuk APBDes 2020',
    });
    const day1 = await reports.api<{ cards: Array<{ id: string; text: string }> }>('sessions.board', { id: (await reports.api<{ sessions: Array<{ id: string }> }>('workshops.get', { id: workshopId })).sessions[0]!.id });
    const wifi = day1.cards.find((c) => c.text === 'Ajukan wifi desa lewat Dana Desa')!;
    await reports.api('links.create', { id: crypto.randomUUID(), fromCardId: plan.id, toCardId: wifi.id });
  });

  await reports.openTab();
  const workshop = await reports.workshopReport();
  const text = squash(pdfText(workshop.bytes, { layout: true }));
  expect(text).toMatch(/Sesi 1: Identifikasi tantangan & solusi .*1\. Internet lambat di balai desa 3 Solusi: Ajukan wifi desa lewat Dana Desa/);
  expect(text).toMatch(/Sesi 2: Rencana tindak lanjut .*Menyusun proposal wifi ke Dana .*Kepala kampung .*31 Desember .*Proposal masuk/);
  expect(text).toMatch(/Melaksanakan solusi: Ajukan wifi desa lewat Dana Desa/);
  expect(text).toMatch(/Matriks tantangan per kelompok .*Pengelola perpustakaan sering/);
  renderPages(workshop.bytes, 'e2e-board-workshop');
});

test('the card typed just before Ekspor is in the session report, even when its save is slow', async ({ page, host }) => {
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const reports = new ReportsPage(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  await board.addGroup('Way Kanan');
  await board.typeCards('Way Kanan', ['Koleksi buku anak sedikit']);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit']);

  // The next card's save is held, as a busy laptop holds it: until the report has come (then it
  // would be too late) or for 3 s at most. The page must ask for the report after the save.
  let releaseSave = () => {};
  const saveHeld = new Promise<void>((resolve) => {
    releaseSave = resolve;
    setTimeout(resolve, 3000);
  });
  await page.route('**/api/call', async (route) => {
    if (route.request().postDataJSON()?.method === 'cards.createMany') await saveHeld;
    await route.continue();
  });
  await board.typeCards('Way Kanan', ['Internet lambat']);
  await board.expectCards('Way Kanan', ['Koleksi buku anak sedikit', 'Internet lambat']);
  const report = await reports.sessionReportFromBoard();
  releaseSave();
  expect(squash(pdfText(report.bytes))).toMatch(/Koleksi buku anak sedikit.*Internet lambat/);
});
