import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface RunOnceOptions<Answer> {
  timeoutMs: number;
  resourceLimits?: ResourceLimits;
  /** The answer when the worker takes too long (it is then stopped). */
  onTimeout: () => Answer;
  /** The answer when the worker dies without answering (out of memory, a crash). */
  onCrash: (reason: string) => Answer;
}

/**
 * Starts a worker for one request and resolves with its one answer; a worker that takes too long
 * is terminated, and one that dies is answered for. The worker is always gone afterwards.
 */
export function runWorkerOnce<Request, Answer>(url: URL, request: Request, options: RunOnceOptions<Answer>): Promise<Answer> {
  return new Promise((resolve) => {
    const worker = new Worker(url, options.resourceLimits ? { resourceLimits: options.resourceLimits } : {});
    let settled = false;
    const settle = (answer: Answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
    const timer = setTimeout(() => settle(options.onTimeout()), options.timeoutMs);
    worker.once('message', (answer: Answer) => settle(answer));
    worker.once('error', (error) => settle(options.onCrash(error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}` : String(error))));
    worker.once('exit', (code) => settle(options.onCrash(`exit ${code}`)));
    worker.postMessage(request);
  });
}
