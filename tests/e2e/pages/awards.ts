import { expect, type Page } from '@playwright/test';
import { openSection } from './workshop-setup.ts';

/** The Penghargaan tab: categories, jurors, the score grid, the ranking and the reveal. */
export class AwardsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open() {
    await openSection(this.page, 'Penghargaan');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Penghargaan' })).toBeVisible();
  }

  async addCategory(name: string, criteria: Array<[string, number]>) {
    await this.page.getByRole('button', { name: 'Tambah kategori' }).click();
    const form = this.page.getByRole('form', { name: 'Kategori baru' });
    await form.getByLabel('Nama kategori').fill(name);
    for (const [i, [criterion, weight]] of criteria.entries()) {
      if (i > 0) await form.getByRole('button', { name: 'Tambah kriteria' }).click();
      await form.getByLabel(`Kriteria ${i + 1}`, { exact: true }).fill(criterion);
      await form.getByLabel(`Bobot kriteria ${i + 1}`).fill(String(weight));
    }
    await form.getByRole('button', { name: 'Simpan kategori' }).click();
    await expect(this.page.getByRole('button', { name, exact: true })).toBeVisible();
  }

  async addJuror(name: string) {
    await this.page.getByLabel('Nama juri').fill(name);
    await this.page.getByLabel('Nama juri').press('Enter');
    await expect(this.page.locator('.juror-list').getByText(name)).toBeVisible();
  }

  scoreCell(criterion: string, entrant: string) {
    return this.page.getByLabel(`Nilai ${criterion} untuk ${entrant}`);
  }

  rankingRows() {
    return this.page.locator('.ranking-table tbody tr');
  }

  /** The workshop's Urungkan and Ulangi buttons (the keys belong to a score box while it has the focus). */
  undoButton() {
    return this.page.locator('.undo-buttons').getByRole('button', { name: /^Urungkan/ });
  }

  redoButton() {
    return this.page.locator('.undo-buttons').getByRole('button', { name: /^Ulangi/ });
  }
}
