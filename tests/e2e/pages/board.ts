import { expect, type Locator, type Page } from '@playwright/test';

/** The board of a workshop: a column per group, cards inside. */
export class BoardPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  column(name: string): Locator {
    return this.page.getByRole('listitem', { name: `Kelompok ${name}` }).or(this.page.getByRole('listitem', { name: `Group ${name}` }));
  }

  cards(group: string): Locator {
    return this.column(group).getByTestId('card');
  }

  card(group: string, text: string): Locator {
    return this.cards(group).filter({ hasText: text });
  }

  /** The focusable body of a card: the drag handle, Enter edits it. */
  handle(group: string, text: string): Locator {
    return this.card(group, text).locator('.card-body');
  }

  /**
   * Picks a card up with Space, as a keyboard user does, and waits until the board says so.
   * dnd-kit starts listening for arrow keys in a zero-delay timer after the pick-up; waiting
   * one more zero-delay timer in the page lets that one run first.
   */
  async pickUp(group: string, text: string) {
    await this.handle(group, text).focus();
    await this.page.keyboard.press('Space');
    await expect(this.page.getByRole('status').filter({ hasText: /diangkat|Picked up/ })).toBeAttached();
    await this.page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
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

  /** Types cards with the keyboard only: focus the group's field, type, Enter, next. */
  async typeCards(group: string, texts: string[]) {
    await this.page.getByLabel(new RegExp(`^(Kartu baru di|New card in) ${group}$`)).focus();
    for (const text of texts) {
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    }
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
