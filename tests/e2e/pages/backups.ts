import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The Cadangan page: the backups, and carrying a workshop to another laptop. */
export class BackupsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** From anywhere: the header's link. */
  async open() {
    await this.page.getByRole('link', { name: 'Cadangan' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Cadangan' })).toBeFocused();
  }

  table() {
    return this.page.getByRole('table');
  }

  /** The rows of the copies, newest first, as their cells read. */
  rows() {
    return this.table().getByRole('row').filter({ has: this.page.getByRole('button', { name: /^Pulihkan cadangan dari/ }) });
  }

  async backupNow() {
    await this.page.getByRole('button', { name: 'Buat cadangan sekarang' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Cadangan dibuat' })).toBeVisible();
  }

  /**
   * Restores the copy in the given row, through the confirmation, and waits for the reload the
   * restore causes. Not for the notice alone: an earlier restore's notice can still be on screen
   * (it stays 6 s), and a click made before the reload is lost with the page.
   */
  async restoreRow(index: number) {
    await this.rows().nth(index).getByRole('button', { name: /^Pulihkan cadangan dari/ }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Pulihkan cadangan ini?' });
    await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
    const reloaded = this.page.waitForEvent('load');
    await dialog.getByRole('button', { name: 'Ya, pulihkan' }).click();
    await reloaded;
    await expect(this.page.getByText('Data sudah dipulihkan dari cadangan')).toBeVisible();
  }

  async exportWorkshop(title: string) {
    await this.page.getByLabel('Pertemuan', { exact: true }).selectOption({ label: title });
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `Ekspor .rembuk: ${title}` }).click();
    return download;
  }

  async importFile(path: string) {
    await this.page.getByLabel('Impor berkas .rembuk').setInputFiles(path);
  }

  /** axe-core's critical and serious findings on the page as it is now. */
  async accessibilityProblems() {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    return violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
  }
}
