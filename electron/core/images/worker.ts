import { parentPort } from 'node:worker_threads';
import { shrinkImage, type ShrinkRequest } from './shrink.ts';

/** The image worker: decodes and downscales one picture off the core's thread, then exits. */
if (!parentPort) throw new Error('The image worker must run in a worker thread');
const port = parentPort;

port.once('message', (request: ShrinkRequest) => {
  shrinkImage(request).then(
    (images) => port.postMessage({ ok: true, images }),
    (error: unknown) => port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
});
