import AxeBuilder from '@axe-core/playwright';
import { devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { BoardPage } from './pages/board.ts';
import { DoorPanel } from './pages/door.ts';
import { PhonePage } from './pages/phone.ts';
import { WorkshopListPage } from './pages/workshop-list.ts';
import { expect, test } from './support/fixtures.ts';
import { callApi } from './support/api.ts';
import { LAMPUNG } from './support/workshops.ts';

const GROUPS = ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang'];

/** A phone: its own browser context (cookies, touch, screen), every request it makes written down. */
async function phone(browser: Browser, device: 'Pixel 5' | 'iPhone 12') {
  const { defaultBrowserType: _webkit, ...emulation } = devices[device];
  const context = await browser.newContext({ ...emulation, locale: 'id-ID' });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, ui: new PhonePage(page), requests, errors };
}

async function noSeriousAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${what}: axe`).toEqual([]);
}

/** Adds people to the roster through the page's own API (the roster screens have their own tests). */
async function addToRoster(page: Page, people: Array<{ name: string; group: string }>) {
  await page.evaluate(async (list) => {
    const send = async (method: string, input: unknown) => {
      const response = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
      return ((await response.json()) as { value: unknown }).value;
    };
    const workshopId = location.hash.split('/')[2]!;
    const detail = (await send('workshops.get', { id: workshopId })) as { groups: Array<{ id: string; name: string }> };
    for (const person of list) await send('participants.create', { workshopId, name: person.name, groupId: detail.groups.find((g) => g.name === person.group)!.id });
  }, people);
}

test('three phones join three groups, write, vote, and hear that the door closed', async ({ page, host, browser }, testInfo) => {
  // One story with four browsers (the laptop and three phones) and six accessibility scans.
  test.slow();
  const list = new WorkshopListPage(page);
  const board = new BoardPage(page);
  const door = new DoorPanel(page);
  await list.open(host.url);
  await list.create(LAMPUNG);
  for (const group of GROUPS) await board.addGroup(group);
  await addToRoster(page, [
    { name: 'Siti Aminah', group: 'Lampung Tengah' },
    { name: 'Budi Santoso', group: 'Way Kanan' },
  ]);
  await board.setQuestion('Apa tantangan terbesar perpustakaan desa?');

  await door.open();
  await noSeriousAxeViolations(page, 'the board with the door open');
  const joinUrl = await door.scanQr();
  const code = await door.code();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
  expect(joinUrl).toBe(`${await door.address()}#${code}.${joinUrl.split('.').at(-1)}`);
  expect(new URL(joinUrl).hostname).toBe('127.0.0.1');

  const phones: Array<Awaited<ReturnType<typeof phone>>> = [];
  const contexts: BrowserContext[] = [];
  try {
    // Siti scans the QR code with a Pixel and picks her name: her group comes with it.
    const siti = await phone(browser, 'Pixel 5');
    phones.push(siti);
    contexts.push(siti.context);
    await siti.page.goto(joinUrl);
    await expect(siti.page).toHaveURL(/\/$/);
    await noSeriousAxeViolations(siti.page, 'choosing one’s name');
    await siti.ui.joinFromRoster('Siti Aminah');
    await expect(siti.page.getByText('Anda: Siti Aminah · Kelompok Lampung Tengah')).toBeVisible();
    await expect(siti.page.getByText('Apa tantangan terbesar perpustakaan desa?')).toBeVisible();

    // Budi types the short address on an iPhone, then the code.
    const budi = await phone(browser, 'iPhone 12');
    phones.push(budi);
    contexts.push(budi.context);
    await budi.page.goto(await door.address());
    await noSeriousAxeViolations(budi.page, 'the code screen');
    await budi.ui.typeCode(code.toLowerCase());
    await budi.ui.joinFromRoster('Budi Santoso');

    // Wayan is not on the roster: he types his name and picks his group.
    const wayan = await phone(browser, 'Pixel 5');
    phones.push(wayan);
    contexts.push(wayan.context);
    await wayan.page.goto(joinUrl);
    await wayan.ui.joinAs('Wayan Sudarta', 'Tulang Bawang');

    await siti.ui.write('Koleksi buku anak masih sedikit');
    await siti.ui.write('Pojok baca di balai desa', 'Solusi');
    await budi.ui.write('Internet lambat');
    await wayan.ui.write('Pengunjung masih sepi');
    await noSeriousAxeViolations(wayan.page, 'the board on a phone');
    await siti.page.screenshot({ path: testInfo.outputPath('phone-board.png'), fullPage: true });

    // The board has them, marked new; each group shows its phones.
    await board.expectCards('Lampung Tengah', ['Koleksi buku anak masih sedikit', 'Pojok baca di balai desa']);
    await board.expectCards('Way Kanan', ['Internet lambat']);
    await board.expectCards('Tulang Bawang', ['Pengunjung masih sepi']);
    await expect(board.card('Way Kanan', 'Internet lambat').getByText('Baru')).toBeVisible();
    for (const group of GROUPS) await expect(door.phoneCount(group)).toHaveText('1');
    await page.screenshot({ path: testInfo.outputPath('board-door.png'), fullPage: true });

    // A phone edits its own card, and deletes one; a reload keeps it in.
    await siti.ui.edit('Koleksi buku anak masih sedikit', 'Koleksi buku anak sangat sedikit');
    await siti.ui.remove('Pojok baca di balai desa');
    await board.expectCards('Lampung Tengah', ['Koleksi buku anak sangat sedikit']);
    await siti.page.reload();
    await expect(siti.ui.myCards()).toHaveText(['Koleksi buku anak sangat sedikit']);

    // The projector shows nothing from phones until a group is revealed.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('p');
    await expect(door.qr()).toBeVisible();
    await board.expectCards('Way Kanan', []);
    await page.screenshot({ path: testInfo.outputPath('projector-door.png') });
    await door.revealButton('Way Kanan').click();
    await board.expectCards('Way Kanan', ['Internet lambat']);
    await board.expectCards('Lampung Tengah', []);
    await page.keyboard.press('Escape');
    await door.revealButton('Lampung Tengah').click();
    await door.revealButton('Tulang Bawang').click();
    await expect(board.card('Lampung Tengah', 'Koleksi buku anak sangat sedikit').getByText('Baru')).toHaveCount(0);

    // A vote: Siti places her own dots on her phone.
    await board.openVote({ budget: 3, scope: 'peserta', kind: 'Tantangan' });
    await siti.page.getByRole('button', { name: 'Pilih' }).tap();
    await expect(siti.page.getByText('Sisa titik Anda: 3 dari 3')).toBeVisible();
    await siti.page.getByRole('button', { name: 'Tambah titik untuk “Internet lambat”' }).tap();
    await siti.page.getByRole('button', { name: 'Tambah titik untuk “Internet lambat”' }).tap();
    await expect(siti.page.getByText('Sisa titik Anda: 1 dari 3')).toBeVisible();
    await siti.page.screenshot({ path: testInfo.outputPath('phone-vote.png'), fullPage: true });
    await noSeriousAxeViolations(siti.page, 'voting on a phone');
    await board.votePanel().getByRole('button', { name: board.words.closeVote }).click();
    await expect(board.ranking().getByRole('listitem').first()).toContainText('Internet lambat');
    await expect(board.ranking().getByRole('listitem').first()).toContainText('2');

    // The facilitator closes the door: every phone says so.
    await door.close();
    for (const p of phones) await expect(p.ui.heading()).toHaveText('Pintu sudah ditutup');
    await expect(budi.page.getByText('Fasilitator sudah menutup pintu untuk peserta. Terima kasih! Kartu Anda sudah tersimpan.')).toBeVisible();
    await noSeriousAxeViolations(budi.page, 'the closed door');

    for (const p of phones) {
      expect(p.errors, 'uncaught errors on a phone').toEqual([]);
      expect(p.requests.filter((url) => !url.startsWith('http://127.0.0.1:')), 'requests that left the machine').toEqual([]);
    }
  } finally {
    for (const context of contexts) await context.close();
  }
});

/** The Lampung meeting with Way Kanan's column (and its cards) on the board, and the door open. */
async function doorOpenForWayKanan(page: Page, url: string, cards: string[] = []) {
  const board = new BoardPage(page);
  const door = new DoorPanel(page);
  const list = new WorkshopListPage(page);
  await list.open(url);
  await list.create(LAMPUNG);
  await board.addGroup('Way Kanan');
  if (cards.length > 0) await board.typeCards('Way Kanan', cards);
  await door.open();
  return { board, door, joinUrl: await door.scanQr() };
}

test('a phone on weak Wi-Fi: a card whose answer was lost is one card, words typed meanwhile and a reload keep', async ({ page, host, browser }) => {
  const { board, joinUrl } = await doorOpenForWayKanan(page, host.url);

  const budi = await phone(browser, 'Pixel 5');
  try {
    await budi.page.goto(joinUrl);
    await budi.ui.joinAs('Budi Santoso', 'Way Kanan');
    const box = budi.page.locator('#card-text');
    const send = budi.page.getByRole('button', { name: 'Kirim' });

    // The laptop saves the card, but its answer never reaches the phone (the Wi-Fi drops it).
    let loseNextAnswer = true;
    let releaseAnswer: (() => void) | null = null;
    await budi.page.route('**/call', async (route) => {
      if ((route.request().postDataJSON() as { method: string }).method !== 'phone.cards.create') return route.continue();
      const response = await route.fetch();
      if (loseNextAnswer) {
        loseNextAnswer = false;
        return route.abort('connectionreset');
      }
      if (releaseAnswer === null) await new Promise<void>((resolve) => (releaseAnswer = resolve));
      return route.fulfill({ response });
    });
    releaseAnswer = () => undefined;
    await box.fill('Internet lambat');
    await send.tap();
    await expect(budi.page.getByRole('alert')).toHaveText('Tidak tersambung ke laptop fasilitator. Periksa Wi-Fi HP Anda, lalu coba lagi.');
    await expect(box).toHaveValue('Internet lambat');
    await board.expectCards('Way Kanan', ['Internet lambat']);
    // Budi sends it again: the laptop gives back the card it made, not a second one.
    await send.tap();
    await expect(budi.page.getByRole('status').filter({ hasText: 'Kartu terkirim: “Internet lambat”' })).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(budi.ui.myCards()).toHaveText(['Internet lambat']);
    await board.expectCards('Way Kanan', ['Internet lambat']);

    // Lost again, and the facilitator corrects the card on the laptop before Budi sends it again:
    // the phone says the card is on the board, changed there, and makes no second one.
    loseNextAnswer = true;
    await box.fill('Perpustakan jauh');
    await send.tap();
    await expect(budi.page.getByRole('alert')).toHaveText('Tidak tersambung ke laptop fasilitator. Periksa Wi-Fi HP Anda, lalu coba lagi.');
    const cardId = await board.card('Way Kanan', 'Perpustakan jauh').locator('.card-body').getAttribute('data-card-id');
    await callApi(page, 'cards.update', { id: cardId, text: 'Perpustakaan jauh dari sekolah' });
    await send.tap();
    await expect(budi.page.getByRole('status').filter({ hasText: 'Kartu ini sudah sampai di papan, dan fasilitator sudah mengubahnya.' })).toBeVisible();
    await expect(box).toHaveValue('');
    await expect(budi.ui.myCards()).toHaveText(['Internet lambat', 'Perpustakaan jauh dari sekolah']);
    await board.expectCards('Way Kanan', ['Internet lambat', 'Perpustakaan jauh dari sekolah']);

    // A slow answer: Budi types on while the first card is on its way; the words typed stay.
    releaseAnswer = null;
    await box.fill('Pojok baca di balai desa');
    await send.tap();
    await box.press('End');
    await box.pressSequentially('\nJam buka pendek');
    await expect.poll(() => releaseAnswer !== null).toBe(true);
    releaseAnswer!();
    await expect(budi.page.getByRole('status').filter({ hasText: 'Kartu terkirim: “Pojok baca di balai desa”' })).toBeVisible();
    await expect(box).toHaveValue('Jam buka pendek');

    // The page is dropped in the background and opened again: the words are still in the box.
    await budi.page.reload();
    await expect(box).toHaveValue('Jam buka pendek');
    await budi.page.unroute('**/call');
    await send.tap();
    const all = ['Internet lambat', 'Perpustakaan jauh dari sekolah', 'Pojok baca di balai desa', 'Jam buka pendek'];
    await board.expectCards('Way Kanan', all);
    await expect(budi.ui.myCards()).toHaveText(all);
    expect(budi.errors, 'uncaught errors on the phone').toEqual([]);
  } finally {
    await budi.context.close();
  }
});

/**
 * The phone's event stream, with a hand to drop it as a sleeping screen or a wavering Wi-Fi does:
 * `drop()` closes it (what the door sends meanwhile never arrives) and tells the page, as the
 * browser would, that it is trying again; `restore()` lets it connect again.
 */
function droppableEventStream() {
  const Native = window.EventSource;
  class Stream extends EventTarget {
    onopen: ((event: Event) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    onmessage: ((event: MessageEvent) => void) | null = null;
    #native!: EventSource;
    #dropped = false;
    readonly url: string;
    constructor(url: string) {
      super();
      this.url = url;
      this.#connect();
      (window as unknown as { lastStream: Stream }).lastStream = this;
    }
    get readyState() {
      return this.#dropped ? Native.CONNECTING : this.#native.readyState;
    }
    close() {
      this.#native.close();
    }
    drop() {
      this.#dropped = true;
      this.#native.close();
      this.onerror?.(new Event('error'));
    }
    restore() {
      this.#dropped = false;
      this.#connect();
    }
    #connect() {
      this.#native = new Native(this.url);
      this.#native.onopen = (event) => this.onopen?.(event);
      this.#native.onerror = (event) => this.onerror?.(event);
      this.#native.onmessage = (event) => this.onmessage?.(event);
    }
  }
  Object.assign(Stream, { CONNECTING: 0, OPEN: 1, CLOSED: 2 });
  window.EventSource = Stream as unknown as typeof EventSource;
}

test('a phone that slept through a change reads the board again when its stream comes back', async ({ page, host, browser }) => {
  const { board, joinUrl } = await doorOpenForWayKanan(page, host.url, ['Internet lambat']);

  const budi = await phone(browser, 'Pixel 5');
  await budi.context.addInitScript(droppableEventStream);
  const stream = (action: 'drop' | 'restore') => budi.page.evaluate((name) => (window as unknown as { lastStream: { drop(): void; restore(): void } }).lastStream[name](), action);
  try {
    await budi.page.goto(joinUrl);
    await budi.ui.joinAs('Budi Santoso', 'Way Kanan');
    await expect(budi.page.getByText('Anda: Budi Santoso · Kelompok Way Kanan')).toBeVisible();

    // The screen sleeps; meanwhile the facilitator sets the question and opens a vote.
    await stream('drop');
    await expect(budi.page.getByText('Koneksi ke laptop fasilitator terputus. Mencoba lagi…')).toBeVisible();
    await board.setQuestion('Apa tantangan terbesar perpustakaan desa?');
    await board.openVote({ budget: 3, scope: 'peserta', kind: 'Tantangan' });
    await expect(budi.page.getByText('Apa tantangan terbesar perpustakaan desa?')).toHaveCount(0);
    // It wakes up: the phone has the question, and the vote to cast.
    await stream('restore');
    await expect(budi.page.getByText('Apa tantangan terbesar perpustakaan desa?')).toBeVisible();
    await budi.page.getByRole('button', { name: 'Pilih' }).tap();
    await expect(budi.page.getByText('Sisa titik Anda: 3 dari 3')).toBeVisible();

    expect(budi.errors, 'uncaught errors on the phone').toEqual([]);
  } finally {
    await budi.context.close();
  }
});
