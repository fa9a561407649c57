import { z } from 'zod';
import type { ExportedFile } from '../model.ts';
import { byId } from '../schemas.ts';
import { MAX_TRANSFER_BYTES, type TransferPreview, type TransferReport } from '../transfer.ts';
import { method } from './method.ts';

const incomingFile = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes, base64; the size is checked after decoding, with its own message. */
  data: z.base64().max(Math.ceil((MAX_TRANSFER_BYTES * 4) / 3) + 4),
});

/**
 * A workshop carried between laptops. Importing a workshop this laptop already has merges the
 * two: per row the side changed last wins (`updated_at`), and a deletion stays deleted.
 */
export const transferMethods = {
  /** The workshop as a `.rembuk` file (its rows only, with a manifest and a SHA-256 checksum). */
  'transfer.export': method<ExportedFile>()(byId),
  /** What a `.rembuk` file holds and whether importing it would merge; nothing is saved. */
  'transfer.inspect': method<TransferPreview>()(incomingFile),
  /** Imports a `.rembuk` file as a new workshop, or merges it into the same workshop here. */
  'transfer.import': method<TransferReport>()(incomingFile),
};
