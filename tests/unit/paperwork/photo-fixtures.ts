import { Jimp } from 'jimp';
import type { ReportPhoto } from '../../../electron/core/reports/report-data.ts';

/** A JPEG drawn here (a colour gradient with a band), so tests need no photo files. */
export async function makeJpeg(width: number, height: number, seed = 0): Promise<Uint8Array> {
  const image = new Jimp({ width, height, color: 0xffffffff });
  const data = image.bitmap.data;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = (x * 255) / width;
      data[i + 1] = (y * 255) / height;
      data[i + 2] = (seed * 40) % 255;
      if (Math.abs(y - height / 2) < height / 12) data[i] = data[i + 1] = data[i + 2] = 30;
    }
  }
  return new Uint8Array(await image.getBuffer('image/jpeg', { quality: 80 }));
}

/** `n` photos of the meeting and its sessions, captioned "Foto 1" and on. */
export async function reportPhotos(n: number, sessions: Array<string | null>, size: [number, number] = [640, 480]): Promise<ReportPhoto[]> {
  const jpeg = await makeJpeg(size[0], size[1]);
  return Array.from({ length: n }, (_, i) => ({ id: `f${i + 1}`, sessionId: sessions[i % sessions.length] ?? null, caption: `Foto ${i + 1}: plano kelompok`, width: size[0], height: size[1], jpeg }));
}
