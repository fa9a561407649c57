import { Worker } from 'node:worker_threads';
import { AppError } from '#shared/errors.ts';
import { MAX_SPREADSHEET_BYTES } from '#shared/methods/spreadsheets.ts';
import type { SpreadsheetGrid } from '#shared/model.ts';
import { workerFile } from '../workers/worker-file.ts';
import type { ParseRequest } from './worker.ts';
import type { UnreadableReason } from './parse.ts';

/** A workbook that takes longer than this is treated as unreadable (and its worker stopped). */
const TIMEOUT_MS = 60_000;

type WorkerAnswer = { ok: true; grid: SpreadsheetGrid } | { ok: false; reason: UnreadableReason; message: string };

/** Reads a spreadsheet in a worker thread; a file that is too big, broken or not a spreadsheet gets its own code. */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<SpreadsheetGrid> {
  if (bytes.byteLength > MAX_SPREADSHEET_BYTES) throw new AppError('file_too_large', `The file has ${bytes.byteLength} bytes`);
  if (bytes.byteLength === 0) throw new AppError('not_a_spreadsheet', 'The file is empty');
  const answer = await inWorker({ bytes, fileName });
  if (!answer.ok) throw new AppError(answer.reason, answer.message);
  return answer.grid;
}

function inWorker(request: ParseRequest): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile('spreadsheet'));
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ ok: false, reason: 'spreadsheet_unreadable', message: 'Reading the file took too long' });
    }, TIMEOUT_MS);
    const finish = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (answer: WorkerAnswer) => {
      finish();
      resolve(answer);
    });
    worker.once('error', (error) => {
      finish();
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) resolve({ ok: false, reason: 'spreadsheet_unreadable', message: `The reader stopped (${code})` });
    });
    // Copied, not transferred: a small Buffer's memory is shared with others.
    worker.postMessage(request);
  });
}
