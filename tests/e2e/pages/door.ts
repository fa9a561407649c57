import { expect, type Locator, type Page } from '@playwright/test';
import { decodeQR } from 'qr/decode.js';

/** The participants' door on the facilitator's board: its toolbar button and panel. */
export class DoorPanel {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  panel(): Locator {
    return this.page.locator('.door-panel');
  }

  async open() {
    await this.page.getByRole('toolbar').getByRole('button', { name: /^Peserta lewat HP/ }).click();
    await this.panel().getByRole('button', { name: 'Buka untuk peserta' }).click();
    await expect(this.qr()).toBeVisible();
  }

  qr(): Locator {
    return this.panel().getByRole('img', { name: 'Kode QR untuk masuk ke papan ini' });
  }

  async code(): Promise<string> {
    return (await this.panel().getByTestId('join-code').textContent()) ?? '';
  }

  /** The short address shown for typing, as a URL. */
  async address(): Promise<string> {
    return `http://${(await this.panel().locator('.door-address').first().textContent())?.trim()}/`;
  }

  /** Reads the QR code as a phone's camera would: the drawn code, rasterised and decoded. */
  async scanQr(): Promise<string> {
    const image = await this.qr().evaluate(async (svg) => {
      const picture = new Image();
      picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await picture.decode();
      const size = 480;
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d')!;
      context.drawImage(picture, 0, 0, size, size);
      return { width: size, height: size, data: Array.from(context.getImageData(0, 0, size, size).data) };
    });
    return decodeQR({ width: image.width, height: image.height, data: Uint8Array.from(image.data) });
  }

  async close() {
    await this.panel().getByRole('button', { name: 'Tutup pintu' }).click();
    await expect(this.qr()).toHaveCount(0);
  }

  /** The "n baru · Tampilkan" button of a group's column. */
  revealButton(group: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Tampilkan \\d+ kartu baru dari HP di ${group}$`) });
  }

  phoneCount(group: string): Locator {
    return this.page.getByRole('listitem', { name: `Kelompok ${group}`, exact: true }).locator('.phone-count');
  }
}
