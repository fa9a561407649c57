import { parentPort } from 'node:worker_threads';
import { renderExport } from './render.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

/**
 * The report worker: lays out and draws PDFs and writes spreadsheets off the core's thread, so
 * the board and other requests never wait for a big report. One job at a time.
 */
if (!parentPort) throw new Error('The report worker must run in a worker thread');
const port = parentPort;

port.on('message', (message: ToWorker) => {
  void run(message);
});

async function run({ jobId, request }: ToWorker) {
  const send = (reply: FromWorker, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);
  try {
    // pdfmake reports every drawn item; the core needs only whole percents.
    let sent = 0;
    const rendered = await renderExport(request, (share) => {
      if (share - sent < 0.01) return;
      sent = share;
      send({ type: 'progress', jobId, share });
    });
    // Transfer only memory the result owns alone (a small Buffer can sit in Node's shared pool).
    const whole = rendered.byteOffset === 0 && rendered.byteLength === rendered.buffer.byteLength;
    const bytes = whole ? rendered : rendered.slice();
    send({ type: 'done', jobId, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    send({ type: 'failed', jobId, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
