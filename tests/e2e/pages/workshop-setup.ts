import { expect, type Locator, type Page } from '@playwright/test';

/** The section tabs under a workshop's title (Papan, Detail, Kelompok, Peserta, Kehadiran, Ringkasan). */
export async function openSection(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
}

/** Types into a region type-ahead and picks the suggestion that carries `name`. */
export async function pickRegion(page: Page, combobox: Locator, typed: string, name: string) {
  await combobox.fill(typed);
  await page.getByRole('option').filter({ hasText: name }).first().click();
}

/** Detail: the meeting's details and its team. */
export class DetailsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async chooseProvince(typed: string, name: string) {
    await pickRegion(this.page, this.page.getByRole('combobox', { name: 'Provinsi' }), typed, name);
  }

  async save() {
    await this.page.getByRole('button', { name: 'Simpan detail' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Detail pertemuan tersimpan.' })).toBeVisible();
  }

  async addTeamMember(name: string, role: string) {
    const team = this.page.getByRole('region', { name: /Fasilitator, master trainer/ });
    await team.getByLabel('Nama', { exact: true }).fill(name);
    await team.getByLabel('Peran').selectOption({ label: role });
    await team.getByRole('button', { name: 'Tambah' }).click();
    await expect(team.getByRole('listitem').filter({ hasText: name })).toBeVisible();
  }
}

/** Kelompok: the list of groups and where new ones come from. */
export class GroupsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  rows(): Locator {
    return this.page.getByTestId('group-row');
  }

  async addKabupaten(typed: string, regionName: string, groupName: string) {
    await pickRegion(this.page, this.page.getByRole('combobox', { name: /Kabupaten\/kota/ }), typed, regionName);
    await expect(this.page.getByRole('textbox', { name: `Nama kelompok ${groupName}` })).toBeVisible();
  }

  async expectNames(names: string[]) {
    await expect.poll(() => this.rows().locator('input.group-name').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(names);
  }
}

/** Peserta: fast entry, the roster table, import and export. */
export class RosterPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  row(name: string): Locator {
    return this.page.getByTestId('participant-row').filter({ hasText: name });
  }

  async importFile(path: string) {
    await this.page.getByRole('button', { name: 'Impor dari spreadsheet' }).click();
    await this.page.getByLabel('Berkas daftar hadir').setInputFiles(path);
  }

  /** In the mapping step: what a text of the group column means. */
  async mapGroupText(text: string, choice: string) {
    await this.page.locator('.value-map label').filter({ hasText: `“${text}”` }).getByRole('combobox').selectOption({ label: choice });
  }

  /** Fast entry: role and group as the sheet lists them, the name, Enter; the name field is ready for the next. */
  async typeParticipant(name: string, role: string, group: string) {
    const form = this.page.getByRole('form', { name: 'Peserta baru' });
    await form.getByLabel('Peran').selectOption({ label: role });
    await form.getByLabel('Kelompok').selectOption({ label: group });
    await form.getByLabel('Nama').fill(name);
    await form.getByLabel('Nama').press('Enter');
    await expect(this.row(name)).toBeVisible();
    await expect(form.getByLabel('Nama')).toBeFocused();
  }

  async remove(name: string) {
    await this.row(name).getByRole('button', { name: `Hapus ${name} dari daftar` }).click();
    await expect(this.row(name)).toHaveCount(0);
  }
}

/** Ringkasan: the table of groups × roles, genders and days. */
export class SummaryPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The cells of one group's row, by column heading: { Jumlah: '15', Perpusdes: '6', … }. */
  async row(group: string): Promise<Record<string, string>> {
    const row = this.page.locator('.summary-table tr').filter({ has: this.page.getByRole('rowheader', { name: group, exact: true }) });
    // After a reload the table comes with the summary's answer: read it once it is there, not before.
    await expect(row).toBeVisible();
    const headings = await this.page.locator('.summary-table thead th').allInnerTexts();
    const cells = await row.locator('th, td').allInnerTexts();
    return Object.fromEntries(headings.map((h, i) => [h.split('\n')[0]!.trim(), (cells[i] ?? '').trim()]));
  }
}
