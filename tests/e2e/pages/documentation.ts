import { Jimp } from 'jimp';
import { expect, type Locator, type Page } from '@playwright/test';
import { openSection } from './workshop-setup.ts';

/** A photo as a laptop has it: a JPEG `width` × `height` (2400 × 1800 by default). */
export async function photo(width = 2400, height = 1800, color = 0x2e7d32ff): Promise<Buffer> {
  const image = new Jimp({ width, height, color });
  return image.getBuffer('image/jpeg', { quality: 80 });
}

/** The Dokumentasi tab: the meeting's photos, then each session's photos and minutes. */
export class DocumentationPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open() {
    await openSection(this.page, 'Dokumentasi');
  }

  /** The panel of one session (or of the whole meeting), by its heading. */
  section(name: RegExp | string): Locator {
    return this.page.getByRole('region', { name });
  }

  /** Adds photos to a section and waits until the last one is listed. */
  async addPhotos(section: Locator, files: Array<{ name: string; buffer: Buffer }>, already = 0) {
    await section.getByLabel(/^Tambah foto untuk/).setInputFiles(files.map((f) => ({ ...f, mimeType: 'image/jpeg' })));
    await expect(section.getByLabel(`Keterangan foto ${already + files.length}`)).toBeVisible({ timeout: 30_000 });
  }

  async caption(section: Locator, n: number, text: string) {
    const box = section.getByLabel(`Keterangan foto ${n}`);
    await box.fill(text);
    await box.press('Enter');
  }

  /** The captions in the order the section shows (and the report prints) them, as soon as they are these. */
  async expectCaptions(section: Locator, captions: string[]) {
    const boxes = section.getByLabel(/^Keterangan foto \d+$/);
    await expect.poll(() => boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(captions);
  }
}
