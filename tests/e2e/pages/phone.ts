import { expect, type Locator, type Page } from '@playwright/test';

/** The participant page on a phone. */
export class PhonePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async typeCode(code: string) {
    await expect(this.heading()).toHaveText('Masuk ke papan Rembuk');
    await this.page.getByLabel('Kode masuk (6 huruf/angka)').fill(code);
    await this.page.getByRole('button', { name: 'Lanjut' }).tap();
  }

  async joinFromRoster(name: string) {
    await expect(this.heading()).toHaveText('Siapa Anda?');
    await this.page.getByLabel('Nama Anda di daftar peserta').selectOption({ label: name });
    await this.page.getByRole('button', { name: 'Masuk' }).tap();
  }

  async joinAs(name: string, group: string) {
    await expect(this.heading()).toHaveText('Siapa Anda?');
    const notListed = this.page.getByLabel('Nama saya tidak ada di daftar');
    if (await notListed.count()) await notListed.tap();
    await this.page.getByLabel('Tulis nama Anda').fill(name);
    await this.page.getByLabel('Kelompok').selectOption({ label: group });
    await this.page.getByRole('button', { name: 'Masuk' }).tap();
  }

  async write(text: string, kind?: string) {
    if (kind) await this.page.getByRole('radio', { name: kind }).tap();
    await this.page.locator('#card-text').fill(text);
    await this.page.getByRole('button', { name: 'Kirim' }).tap();
    await expect(this.page.getByRole('status').filter({ hasText: `Kartu terkirim: “${text}”` })).toBeVisible();
  }

  myCards(): Locator {
    return this.page.locator('.phone-cards .phone-card-text');
  }

  async edit(text: string, next: string) {
    await this.page.getByRole('button', { name: `Ubah kartu “${text}”` }).tap();
    await this.page.getByLabel('Teks kartu').fill(next);
    await this.page.getByRole('button', { name: 'Simpan' }).tap();
    await expect(this.myCards()).toContainText([next]);
  }

  async remove(text: string) {
    await this.page.getByRole('button', { name: `Hapus kartu “${text}”` }).tap();
    await this.page.getByRole('button', { name: 'Ya, hapus' }).tap();
    await expect(this.myCards().filter({ hasText: text })).toHaveCount(0);
  }
}
