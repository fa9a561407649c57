import { Jimp, ResizeStrategy } from 'jimp';
import type { ImageType } from './image-type.ts';

/** What to make of one picture: each output is at most `maxSide` pixels on its longer side. */
export interface ShrinkRequest {
  bytes: Uint8Array;
  outputs: Array<{ maxSide: number; type: ImageType | 'same'; quality?: number }>;
}

export interface ShrunkImage {
  bytes: Uint8Array;
  type: ImageType;
  width: number;
  height: number;
}

/** More pixels than this (a 60-megapixel panorama) is refused before decoding eats the memory. */
const MAX_PIXELS = 60_000_000;

/**
 * Decodes a JPEG or PNG with jimp (pure JavaScript: no native build), turns it upright by its
 * EXIF orientation, and writes each requested size. A photo is a JPEG however it came (PNG
 * photos would make reports slow and big); a logo may stay PNG to keep its transparency.
 * Runs in the image worker: decoding a 12-megapixel photo takes seconds.
 */
export async function shrinkImage({ bytes, outputs }: ShrinkRequest): Promise<ShrunkImage[]> {
  const image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (image.width * image.height > MAX_PIXELS) throw new RangeError('too many pixels');
  const sourceType: ImageType = image.mime === 'image/png' ? 'image/png' : 'image/jpeg';
  const made = new Map<ShrinkRequest['outputs'][number], ShrunkImage>();
  // Largest first, each made from the one before: resizing a 1600 px copy to 320 is cheap.
  let current = image;
  for (const output of [...outputs].sort((a, b) => b.maxSide - a.maxSide)) {
    if (Math.max(current.width, current.height) > output.maxSide) {
      current = current.clone();
      current.scaleToFit({ w: output.maxSide, h: output.maxSide, mode: ResizeStrategy.BILINEAR });
    }
    const type = output.type === 'same' ? sourceType : output.type;
    const buffer = type === 'image/png' ? await current.getBuffer('image/png') : await current.getBuffer('image/jpeg', { quality: output.quality ?? 85 });
    made.set(output, { bytes: new Uint8Array(buffer), type, width: current.width, height: current.height });
  }
  return outputs.map((output) => made.get(output)!);
}
