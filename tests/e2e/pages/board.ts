import { expect, type Locator, type Page } from '@playwright/test';
import { untilArrowsListened } from '../support/keyboard-drag.ts';

/** The words the board shows, in each language, that the tests find things by. */
const WORDS = {
  id: {
    inbox: 'Belum dikelompokkan',
    newCardIn: 'Kartu baru di',
    addGroup: 'Tambah kelompok',
    moveTo: 'Pindah ke…',
    mergeTitle: 'Judul gabungan',
    merge: 'Gabungkan kartu kembar',
    delete: 'Hapus kartu',
    cardMenu: 'Menu kartu',
    question: 'Pertanyaan kunci',
    writeQuestion: 'Tulis pertanyaan kunci',
    save: 'Simpan',
    votePanel: 'Pemungutan suara',
    budget: 'Jatah titik',
    per: 'untuk setiap',
    onePerCard: 'Paling banyak satu titik per kartu',
    forCards: 'Untuk kartu',
    openVote: 'Buka pemungutan suara',
    voterGroup: 'Titik dari kelompok',
    voters: 'Jumlah pemilih',
    dotsOf: 'Titik dari',
    addDotOf: 'Tambah satu titik dari',
    closeVote: 'Tutup dan tampilkan hasil',
    results: 'Hasil',
    start: 'Mulai',
    pause: 'Jeda',
    plusMinute: '+1 menit',
    setTimer: 'Atur…',
    projectorExit: 'Keluar dari mode proyektor',
  },
  en: {
    inbox: 'Not yet grouped',
    newCardIn: 'New card in',
    addGroup: 'Add group',
    moveTo: 'Move to…',
    mergeTitle: 'Title of the merged cards',
    merge: 'Merge duplicates',
    delete: 'Delete card',
    cardMenu: 'Card menu',
    question: 'Guiding question',
    writeQuestion: 'Write the guiding question',
    save: 'Save',
    votePanel: 'Dot vote',
    budget: 'Dots',
    per: 'for each',
    onePerCard: 'At most one dot per card',
    forCards: 'For cards',
    openVote: 'Open the vote',
    voterGroup: 'Dots of group',
    voters: 'Voters',
    dotsOf: 'Dots of',
    addDotOf: 'Add a dot of',
    closeVote: 'Close and show results',
    results: 'Results',
    start: 'Start',
    pause: 'Pause',
    plusMinute: '+1 min',
    setTimer: 'Set…',
    projectorExit: 'Leave projector mode',
  },
} as const;

export type Language = keyof typeof WORDS;

/** The board of a workshop: a column per group (and the inbox), cards inside. */
export class BoardPage {
  readonly page: Page;
  readonly words: (typeof WORDS)[Language];

  constructor(page: Page, language: Language = 'id') {
    this.page = page;
    this.words = WORDS[language];
  }

  column(name: string): Locator {
    return this.page.getByRole('listitem', { name: `Kelompok ${name}`, exact: true }).or(this.page.getByRole('listitem', { name: `Group ${name}`, exact: true }));
  }

  inbox(): Locator {
    return this.column(this.words.inbox);
  }

  cards(group: string): Locator {
    return this.column(group).getByTestId('card');
  }

  card(group: string, text: string): Locator {
    return this.cards(group).filter({ has: this.page.locator('.card-text', { hasText: text }) });
  }

  /** The focusable body of a card: the drag handle, and where its keys work. */
  handle(group: string, text: string): Locator {
    return this.card(group, text).locator('.card-body').first();
  }

  /** Picks a card up with Space, as a keyboard user does, and waits until the board says so and listens for arrows. */
  async pickUp(group: string, text: string) {
    await this.handle(group, text).focus();
    await this.pickUpFocused();
  }

  /** The same for the card that has the focus (on a grid's lane, or found by other means). */
  async pickUpFocused() {
    await this.page.keyboard.press('Space');
    await expect(this.page.getByRole('status').filter({ hasText: /diangkat|picked up/ })).toBeAttached();
    await untilArrowsListened(this.page);
  }

  async expectCards(group: string, texts: string[]) {
    await expect(this.cards(group).locator('.card-text')).toHaveText(texts);
  }

  async addGroup(name: string) {
    const input = this.page.getByLabel(/Tambah kelompok|Add group/);
    await input.fill(name);
    await input.press('Enter');
    await expect(this.column(name)).toBeVisible();
  }

  captureField(group: string): Locator {
    return this.page.getByLabel(new RegExp(`^(Kartu baru di|New card in) ${escape(group)}$`));
  }

  /** Types cards with the keyboard only: focus the group's field, type, Enter, next. */
  async typeCards(group: string, texts: string[]) {
    await this.captureField(group).focus();
    for (const text of texts) {
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    }
  }

  /** Deletes a card with the button on the card (hover to see it). */
  async deleteCard(group: string, text: string) {
    await this.card(group, text).hover();
    await this.card(group, text).getByRole('button', { name: this.words.delete }).click();
  }

  /** Focuses a card and presses a key (its shortcut). */
  async press(group: string, text: string, key: string) {
    await this.handle(group, text).focus();
    await this.page.keyboard.press(key);
  }

  /** Selects cards with X, then sends them to a group from the card menu (G). */
  async moveWithMenu(from: string, texts: string[], to: string) {
    for (const text of texts) await this.press(from, text, 'x');
    await this.press(from, texts[0]!, 'g');
    await this.page.getByRole('menu').getByRole('menuitem', { name: to, exact: true }).click();
    for (const text of texts) await expect(this.card(to, text)).toHaveCount(1);
  }

  async merge(group: string, texts: string[], title: string) {
    for (const text of texts) await this.press(group, text, 'x');
    await this.page.keyboard.press('m');
    const field = this.page.getByLabel(this.words.mergeTitle);
    await field.fill(title);
    await field.press('Enter');
    await expect(this.column(group).getByTestId('cluster').filter({ hasText: title })).toBeVisible();
  }

  /** L on the answering card, L on the card it answers. */
  async link(fromGroup: string, fromText: string, toGroup: string, toText: string) {
    await this.press(fromGroup, fromText, 'l');
    await this.press(toGroup, toText, 'l');
  }

  async setQuestion(text: string) {
    await this.page.getByRole('button', { name: this.words.writeQuestion }).click();
    await this.page.getByLabel(this.words.question).fill(text);
    await this.page.getByRole('button', { name: this.words.save, exact: true }).click();
    await expect(this.page.locator('.question-text')).toHaveText(text);
  }

  votePanel(): Locator {
    return this.page.locator('.vote-panel');
  }

  async openVote(options: { budget: number; scope: string; kind: string }) {
    await this.page.getByRole('button', { name: this.words.votePanel, exact: true }).click();
    const panel = this.votePanel();
    await panel.getByLabel(this.words.budget).fill(String(options.budget));
    await panel.getByLabel(this.words.per).selectOption({ label: options.scope });
    await panel.getByLabel(this.words.forCards).selectOption({ label: options.kind });
    await panel.getByRole('button', { name: this.words.openVote }).click();
  }

  async voteFor(group: string) {
    await this.votePanel().getByLabel(this.words.voterGroup).selectOption({ label: group });
  }

  /** Clicks + on a card, once per dot, as the room calls them out. */
  async clickDots(column: string, text: string, voter: string, dots: number) {
    for (let i = 0; i < dots; i++) await this.card(column, text).getByRole('button', { name: `${this.words.addDotOf} ${voter}` }).click();
    await expect(this.dots(column, text, voter)).toHaveValue(String(dots));
  }

  /** Types the number of dots counted off the paper board. */
  async typeDots(column: string, text: string, voter: string, dots: number) {
    await this.dots(column, text, voter).fill(String(dots));
  }

  dots(column: string, text: string, voter: string): Locator {
    return this.card(column, text).getByLabel(`${this.words.dotsOf} ${voter}`, { exact: true });
  }

  ranking(): Locator {
    return this.votePanel().getByRole('list', { name: this.words.results });
  }

  /** Drags with the mouse, in small steps as a hand would. */
  async dragWithMouse(source: Locator, target: Locator, where: 'top' | 'center' = 'center') {
    const from = await source.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('drag source or target is not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
    const y = where === 'top' ? to.y + 4 : to.y + to.height / 2;
    await this.page.mouse.move(to.x + to.width / 2, y, { steps: 15 });
    await this.page.mouse.move(to.x + to.width / 2, y + 1, { steps: 2 });
    await this.page.mouse.up();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
