import { parentPort } from 'node:worker_threads';
import { parseSpreadsheet, UnreadableFile } from './parse.ts';

/**
 * The spreadsheet worker: reads one file off the main thread, so a big workbook never stalls the
 * window or the participant door. It runs with its own memory limit and a timeout (read.ts).
 * Built as its own entry (build/build.mjs).
 */
export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
}

parentPort?.once('message', async ({ bytes, fileName }: ParseRequest) => {
  try {
    parentPort?.postMessage({ ok: true, grid: await parseSpreadsheet(bytes, fileName) });
  } catch (error) {
    const known = error instanceof UnreadableFile;
    parentPort?.postMessage({
      ok: false,
      reason: known ? error.reason : 'spreadsheet_unreadable',
      limit: known ? error.limit : undefined,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
