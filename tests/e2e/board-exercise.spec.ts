import { BoardPage } from './pages/board.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';

/** The six kabupaten of the Sulawesi Selatan PLM (October 2019), five cards each, as the room calls them out. */
const KABUPATEN: Record<string, { challenges: string[]; solution?: string }> = {
  Bone: { challenges: ['Koleksi buku anak sedikit', 'Internet lambat', 'Pengelola belum terlatih TIK', 'Jaringan internet lemah'], solution: 'Pojok internet bersama di balai desa' },
  Bantaeng: { challenges: ['Jam buka terbatas', 'Pengunjung masih sepi', 'Tidak ada anggaran desa', 'Ruang baca sempit'], solution: 'Buka perpustakaan pada hari pasar' },
  Maros: { challenges: ['Rak buku rusak', 'Buku tidak sesuai kebutuhan petani', 'Kurang dukungan kepala desa', 'Listrik sering padam'], solution: 'Kelas anyaman tali kur untuk ibu-ibu' },
  Pinrang: { challenges: ['Komputer hanya satu', 'Pengelola sering berganti', 'Belum ada kegiatan remaja', 'Data pengunjung tidak dicatat', 'Kartu anggota belum ada'] },
  Soppeng: { challenges: ['Perpustakaan jauh dari sekolah', 'Sinyal telepon lemah', 'Relawan sedikit', 'Buku pelajaran kurang', 'Belum ada media sosial'] },
  Enrekang: { challenges: ['Pengunjung turun saat panen', 'Honor pengelola kecil', 'Ruang di lantai dua', 'Buku budidaya kopi kurang', 'Promosi masih kurang'] },
};

const STORY = {
  id: {
    create: undefined,
    workshop: { title: 'PLM Provinsi Sulawesi Selatan 2019', startDate: '2019-10-15', endDate: '2019-10-16', venue: 'Hotel Singgasana Makassar' },
    question: 'Apa tantangan perpustakaan desa Anda, dan bagaimana mengatasinya bersama?',
    scope: 'kelompok',
    challenge: 'Tantangan',
    linked: 'Terhubung dengan 1 kartu',
    overBudget: 'Jatah titik suara kelompok ini sudah habis.',
    fourDots: '4 titik',
    undone: 'Dibatalkan: menggabungkan kartu',
    fiveMinutes: '5 menit',
  },
  en: {
    create: { title: 'Title', start: 'First day', end: 'Last day', venue: 'Venue', submit: 'Create meeting' },
    workshop: { title: 'PLM South Sulawesi 2019', startDate: '2019-10-15', endDate: '2019-10-16', venue: 'Hotel Singgasana Makassar' },
    question: 'What challenges does your village library face, and how can we solve them together?',
    scope: 'group',
    challenge: 'Challenge',
    linked: 'Linked with 1 card',
    overBudget: 'This group has no dots left.',
    fourDots: '4 dots',
    undone: 'Undone: merge cards',
    fiveMinutes: '5 minutes',
  },
} as const;

for (const language of ['id', 'en'] as const) {
  test(`a whole exercise for six kabupaten, by keyboard and mouse (${language})`, async ({ page, host }, testInfo) => {
    test.setTimeout(150_000);
    const words = STORY[language];
    const list = new WorkshopListPage(page);
    const board = new BoardPage(page, language);
    await list.open(host.url);
    if (language === 'en') await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await list.create(words.workshop, words.create);
    for (const name of Object.keys(KABUPATEN)) await board.addGroup(name);
    await board.setQuestion(words.question);

    await test.step('capture 30 cards into the inbox by keyboard, switching kind with Alt+2 / Alt+1', async () => {
      await board.captureField(board.words.inbox).focus();
      for (const { challenges, solution } of Object.values(KABUPATEN)) {
        for (const text of challenges) await typeCard(text);
        if (solution) {
          await page.keyboard.press('Alt+2');
          await typeCard(solution);
          await page.keyboard.press('Alt+1');
        }
      }
      await expect(board.cards(board.words.inbox)).toHaveCount(30);
      await expect(board.card(board.words.inbox, KABUPATEN.Bone!.solution!).locator('.kind-chip')).toHaveText(language === 'id' ? 'Solusi' : 'Solution');
    });

    await test.step('sort them out of the inbox: selections moved from the card menu, and a selection dragged with the mouse', async () => {
      for (const name of ['Bone', 'Bantaeng', 'Maros', 'Pinrang', 'Soppeng']) {
        const { challenges, solution } = KABUPATEN[name]!;
        await board.moveWithMenu(board.words.inbox, [...challenges, ...(solution ? [solution] : [])], name);
      }
      const enrekang = KABUPATEN.Enrekang!.challenges;
      for (const text of enrekang) await board.press(board.words.inbox, text, 'x');
      await board.dragWithMouse(board.handle(board.words.inbox, enrekang[0]!), board.column('Enrekang').locator('.card-list'));
      await board.expectCards('Enrekang', enrekang);
      await expect(board.cards(board.words.inbox)).toHaveCount(0);
      await board.expectCards('Bone', [...KABUPATEN.Bone!.challenges, KABUPATEN.Bone!.solution!]);
    });

    await test.step('merge two duplicates, undo the merge and redo it', async () => {
      await board.merge('Bone', ['Internet lambat', 'Jaringan internet lemah'], 'Jaringan internet lambat');
      await page.keyboard.press('Control+z');
      await expect(page.getByRole('status').filter({ hasText: words.undone })).toBeVisible();
      await expect(board.column('Bone').getByTestId('cluster')).toHaveCount(0);
      await page.keyboard.press('Control+Shift+z');
      await expect(board.column('Bone').getByTestId('cluster')).toHaveText(/Jaringan internet lambat/);
      await expect(board.column('Bone').getByTestId('cluster').getByTestId('card')).toHaveCount(2);
    });

    await test.step('link three solutions to the challenges they answer', async () => {
      await board.link('Bone', 'Pojok internet bersama di balai desa', 'Bone', 'Internet lambat');
      await board.link('Bantaeng', 'Buka perpustakaan pada hari pasar', 'Bantaeng', 'Jam buka terbatas');
      await board.link('Maros', 'Kelas anyaman tali kur untuk ibu-ibu', 'Bantaeng', 'Pengunjung masih sepi');
      await page.keyboard.press('Escape');
      for (const [group, text] of [['Bone', 'Internet lambat'], ['Bantaeng', 'Jam buka terbatas'], ['Bantaeng', 'Pengunjung masih sepi'], ['Maros', 'Kelas anyaman tali kur untuk ibu-ibu']] as const) {
        await expect(board.card(group, text).getByRole('button', { name: words.linked })).toBeVisible();
      }
      await board.card('Bone', 'Internet lambat').getByRole('button', { name: words.linked }).click();
      await expect(board.card('Bone', 'Pojok internet bersama di balai desa')).toHaveAttribute('data-chain-member', '');
      await expect(board.card('Bone', 'Koleksi buku anak sedikit')).not.toHaveAttribute('data-chain-member', '');
      await page.keyboard.press('Escape');
    });

    await test.step('vote with 3 dots per group on challenges; Maros’s paper dots typed in; results ranked once closed', async () => {
      await board.openVote({ budget: 3, scope: words.scope, kind: words.challenge });
      await board.voteFor('Bone');
      await board.clickDots('Bone', 'Internet lambat', 'Bone', 2);
      await board.clickDots('Pinrang', 'Komputer hanya satu', 'Bone', 1);
      await board.card('Soppeng', 'Relawan sedikit').getByRole('button', { name: `${board.words.addDotOf} Bone` }).click();
      await expect(page.getByRole('alert').last()).toContainText(words.overBudget);
      await expect(board.dots('Soppeng', 'Relawan sedikit', 'Bone')).toHaveValue('0');

      await board.voteFor('Maros');
      await board.typeDots('Bone', 'Jaringan internet lemah', 'Maros', 2);
      await board.typeDots('Maros', 'Listrik sering padam', 'Maros', 1);
      await expect(board.votePanel().getByText('Maros: 3/3')).toBeVisible();
      // Results stay hidden while the vote is open.
      await expect(page.locator('.vote-total')).toHaveCount(0);
      await board.votePanel().getByRole('button', { name: board.words.closeVote }).click();
      await expect(board.ranking().getByRole('listitem').first()).toContainText('Jaringan internet lambat');
      await expect(board.ranking().getByRole('listitem').first()).toContainText(words.fourDots);
      await expect(board.ranking().getByRole('listitem')).toHaveCount(3);
      // The total is read out with its unit ("4 titik"), the figure alone is only seen.
      await expect(board.column('Bone').getByTestId('cluster').locator('.cluster-header .vote-total')).toHaveText(`4${words.fourDots}`);
    });

    await test.step('run the timer: 5 minutes, pause, one more minute, and the chime when time is up', async () => {
      await page.addInitScript(() => {
        const w = window as unknown as { chimes: number };
        w.chimes = 0;
        const create = AudioContext.prototype.createOscillator;
        AudioContext.prototype.createOscillator = function (this: AudioContext) {
          w.chimes++;
          return create.call(this);
        };
      });
      await page.clock.install();
      await page.reload();
      const timer = page.getByRole('group', { name: 'Timer' });
      const digits = timer.locator('.timer-digits');
      const secondsLeft = async () => {
        const [mm, ss] = ((await digits.textContent()) ?? '').split(':').map(Number);
        return mm! * 60 + ss!;
      };
      await timer.getByRole('button', { name: board.words.setTimer }).click();
      await timer.getByRole('button', { name: words.fiveMinutes, exact: true }).click();
      await expect(digits).toHaveText('05:00');
      await timer.getByRole('button', { name: board.words.start, exact: true }).click();
      // The page's clock runs ahead (the core keeps real time): the display counts down.
      await page.clock.fastForward('00:30');
      await expect(digits).toHaveText(/04:[23]\d/);
      await timer.getByRole('button', { name: board.words.pause, exact: true }).click();
      await expect(timer.getByRole('button', { name: board.words.start, exact: true })).toBeVisible();
      const paused = await secondsLeft();
      await page.clock.fastForward('00:10');
      expect(await secondsLeft()).toBe(paused);
      await timer.getByRole('button', { name: board.words.plusMinute }).click();
      await expect.poll(secondsLeft).toBe(paused + 60);
      await timer.getByRole('button', { name: board.words.start, exact: true }).click();
      // Read the time left only once the core's start has come back: before that the digits still show the paused time.
      await expect(timer.getByRole('button', { name: board.words.pause, exact: true })).toBeVisible();
      await expect(digits).not.toHaveText(/00:00/);
      // Jump to one second after the end: the window that sees the time run out chimes.
      await page.clock.fastForward(((await secondsLeft()) + 1) * 1000);
      await expect(digits).toHaveText('00:00');
      await expect.poll(() => page.evaluate(() => (window as unknown as { chimes: number }).chimes)).toBeGreaterThanOrEqual(3);
    });

    await test.step('projector mode at 1024×768: controls hidden, one group spotlighted, Esc leaves', async () => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('p');
      await expect(page.getByRole('toolbar')).toHaveCount(0);
      await expect(page.locator('.question-text')).toHaveText(words.question);
      await expect(board.captureField('Bone')).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath(`projector-1024-${language}.png`) });
      // The empty inbox is left off the projector; the first spotlight is Bone.
      await expect(board.inbox()).toHaveCount(0);
      await page.keyboard.press('ArrowRight');
      await expect(board.column('Bone')).toBeVisible();
      await expect(board.column('Bantaeng')).toHaveCount(0);
      await page.screenshot({ path: testInfo.outputPath(`projector-spotlight-1024-${language}.png`) });
      await page.keyboard.press('Escape');
      await expect(board.column('Bantaeng')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('toolbar')).toBeVisible();
    });

    async function typeCard(text: string) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await expect(board.card(board.words.inbox, text)).toHaveCount(1);
    }
  });
}
