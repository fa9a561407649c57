import { readFileSync } from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';

/** Exports: the workshop's Laporan tab, and the export menu on each session board. */
export class ReportsPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async openTab() {
    await this.page.getByRole('link', { name: /^(Laporan|Reports)$/ }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: /Laporan dan ekspor|Reports and exports/ })).toBeVisible();
  }

  /** Clicks an export button and waits until the finished file arrives as a download. */
  async download(button: RegExp | string): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: button }).click()]);
    return this.read(download);
  }

  async workshopReport() {
    return this.download(/Buat laporan kegiatan \(PDF\)|Make the activity report \(PDF\)/);
  }

  /** From the board: the session's own export menu. */
  async sessionReportFromBoard() {
    await this.page.getByText(/^(Ekspor sesi ini|Export this session)$/).click();
    return this.download(/^(Laporan sesi \(PDF\)|Session report \(PDF\))$/);
  }

  /**
   * Calls the core through the same HTTP API the page uses (with the page's session cookie), for what
   * another test already drives through the UI.
   */
  async api<T = unknown>(method: string, input: unknown): Promise<T> {
    return this.page.evaluate(
      async ([method, input]) => {
        const response = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
        const outcome = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
        if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
        return outcome.value;
      },
      [method, input] as const,
    ) as Promise<T>;
  }

  async read(download: Download): Promise<{ name: string; bytes: Buffer }> {
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }
}
