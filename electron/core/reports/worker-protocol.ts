import type { RenderRequest } from './render.ts';

/** Messages between the core and its report worker (structured-cloned, bytes transferred). */
export type ToWorker = { type: 'render'; jobId: string; request: RenderRequest };

export type FromWorker =
  | { type: 'progress'; jobId: string; share: number }
  | { type: 'done'; jobId: string; bytes: Uint8Array }
  | { type: 'failed'; jobId: string; message: string };
