import { AppError } from '#shared/errors.ts';
import type { SpreadsheetGrid } from '#shared/model.ts';
import { runWorkerOnce } from '../workers/run-once.ts';
import { workerFile } from '../workers/worker-file.ts';
import { IMPORT_LIMITS, type UnreadableReason } from './limits.ts';
import type { ParseRequest } from './worker.ts';

type WorkerAnswer = { ok: true; grid: SpreadsheetGrid } | { ok: false; reason: UnreadableReason; limit?: number; message: string };

const TOO_COMPLEX = (message: string): WorkerAnswer => ({ ok: false, reason: 'spreadsheet_too_complex', message });

/**
 * Reads a spreadsheet in a worker thread with its own memory limit and a timeout, so no file can
 * take the core down; a file that is too big, broken or not a spreadsheet gets its own code.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetGrid> {
  if (bytes.byteLength > IMPORT_LIMITS.bytes) throw new AppError('file_too_large', `The file has ${bytes.byteLength} bytes`, { limit: IMPORT_LIMITS.bytes });
  if (bytes.byteLength === 0) throw new AppError('not_a_spreadsheet', 'The file is empty');
  const answer = await runWorkerOnce<ParseRequest, WorkerAnswer>(workerFile('spreadsheet'), { bytes, fileName }, {
    timeoutMs: IMPORT_LIMITS.timeoutMs,
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_LIMITS.workerHeapMb, maxYoungGenerationSizeMb: 16 },
    onTimeout: () => TOO_COMPLEX('Reading the file took too long'),
    onCrash: (why) => TOO_COMPLEX(`The reader stopped (${why})`),
  });
  if (!answer.ok) throw new AppError(answer.reason, answer.message, answer.limit === undefined ? undefined : { limit: answer.limit });
  return answer.grid;
}
