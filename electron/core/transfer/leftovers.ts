import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The private files of an export, import or merge, named so they can be told from everything else. */
export const TRANSFER_LEFTOVER = /^\.(export|incoming|merge)-[0-9a-f-]{36}\.(rembuk|sqlite)(-journal|-wal|-shm)?$/;

/** Removes what an export or import cut short by a crash left in the data folder. */
export function removeTransferLeftovers(dataDir: string): void {
  for (const name of readdirSync(dataDir)) if (TRANSFER_LEFTOVER.test(name)) rmSync(join(dataDir, name), { force: true });
}
