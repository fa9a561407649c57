import type { Page } from '@playwright/test';

export interface NewWorkshop {
  title: string;
  startDate: string;
  endDate: string;
  venue: string;
}

/** The start page: the list of meetings and the "Pertemuan baru" form. */
export class WorkshopListPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string) {
    await this.page.goto(url);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async create(workshop: NewWorkshop, labels = { title: 'Judul', start: 'Hari pertama', end: 'Hari terakhir', venue: 'Tempat', submit: 'Buat pertemuan' }) {
    await this.page.getByLabel(labels.title).fill(workshop.title);
    await this.page.getByLabel(labels.start, { exact: true }).fill(dayFirst(workshop.startDate));
    await this.page.getByLabel(labels.end, { exact: true }).fill(dayFirst(workshop.endDate));
    await this.page.getByLabel(labels.venue).fill(workshop.venue);
    await this.page.getByRole('button', { name: labels.submit }).click();
  }

  async openWorkshop(title: string) {
    await this.page.getByRole('link', { name: new RegExp(title) }).click();
  }
}

/** "2019-10-15" as a facilitator types it in a date field: "15/10/2019". */
export function dayFirst(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
