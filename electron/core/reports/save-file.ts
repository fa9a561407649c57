import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '#shared/errors.ts';

/**
 * Writes a finished export where the facilitator chose: first to a temporary file beside it,
 * flushed to disk, then renamed over the target, so a full disk or a pulled USB stick leaves
 * the old file (or nothing), never half a PDF.
 */
export async function saveFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.part`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new AppError('not_writable', `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { entity: 'file' });
  }
}
