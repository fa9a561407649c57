import { Worker } from 'node:worker_threads';
import { AppError } from '#shared/errors.ts';
import { MAX_PHOTO_BYTES } from '#shared/photos.ts';
import { workerFile } from '../workers/worker-file.ts';
import { imageType } from './image-type.ts';
import type { ShrinkRequest, ShrunkImage } from './shrink.ts';

/** A picture that takes longer than this is treated as unreadable (and its worker stopped). */
const TIMEOUT_MS = 60_000;

type Answer = { ok: true; images: ShrunkImage[] } | { ok: false; message: string };

/**
 * Checks a picture brought in (JPEG or PNG by its bytes, at most 8 MB) and makes the sizes
 * asked for in a worker thread, so the board and the phones never wait for a big photo.
 */
export async function processImage(bytes: Uint8Array, outputs: ShrinkRequest['outputs']): Promise<{ type: 'image/jpeg' | 'image/png'; images: ShrunkImage[] }> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new AppError('image_too_large', `The picture has ${bytes.byteLength} bytes`);
  const type = imageType(bytes);
  if (!type) throw new AppError('not_an_image', 'Not a JPEG or PNG file');
  const answer = await inWorker({ bytes, outputs });
  if (!answer.ok) throw new AppError('not_an_image', `The picture could not be read: ${answer.message}`);
  return { type, images: answer.images };
}

function inWorker(request: ShrinkRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile('image'));
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, message: 'took too long' });
    }, TIMEOUT_MS);
    worker.once('message', (answer: Answer) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      void worker.terminate();
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) resolve({ ok: false, message: `the worker stopped (${code})` });
    });
    worker.postMessage(request);
  });
}
