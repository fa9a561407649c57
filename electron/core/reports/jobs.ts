import { Worker } from 'node:worker_threads';
import { AppError } from '#shared/errors.ts';
import type { ReportJob } from '#shared/reports.ts';
import type { EventBus } from '../events.ts';
import { workerFile } from '../workers/worker-file.ts';
import type { RenderRequest } from './render.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

/**
 * The pictures of a request (photos, the logo) are handed to the worker, not copied: forty
 * photos are tens of megabytes, and copying them would hold the core's thread. A picture that
 * shares its memory with others is copied first.
 */
function transferable(request: RenderRequest): ArrayBuffer[] {
  const own = (bytes: Uint8Array): Uint8Array => (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice());
  const { data } = request;
  data.photos = data.photos.map((photo) => ({ ...photo, jpeg: own(photo.jpeg) }));
  if (data.paperwork.logo) data.paperwork = { ...data.paperwork, logo: { ...data.paperwork.logo, bytes: own(data.paperwork.logo.bytes) } };
  return [...data.photos.map((p) => p.jpeg.buffer as ArrayBuffer), ...(data.paperwork.logo ? [data.paperwork.logo.bytes.buffer as ArrayBuffer] : [])];
}

/** Finished files are kept this long for saving or downloading, and no more than KEEP of them. */
const KEEP_MS = 30 * 60_000;
const KEEP = 8;
/** The worker stays warm between exports, and is let go after this long idle. */
const IDLE_MS = 60_000;
/** Progress is announced in steps of at least this much. */
const STEP = 0.02;
/** Collecting the data is done before the worker starts; drawing pages is the rest. */
const RENDER_START = 0.1;

interface Entry {
  job: ReportJob;
  request: RenderRequest | null;
  bytes: Uint8Array | null;
  finishedAt: number | null;
}

/**
 * The exports being made: a queue served by one worker thread, one job at a time. Every change
 * of a job is announced as a `report.job` event; cancelling a running job stops its worker.
 */
export class ReportJobs {
  readonly #entries = new Map<string, Entry>();
  readonly #queue: string[] = [];
  readonly #events: EventBus;
  readonly #workerUrl: URL;
  #worker: Worker | null = null;
  #running: string | null = null;
  #idle: NodeJS.Timeout | null = null;
  #closed = false;

  constructor(events: EventBus, workerUrl: URL = workerFile('report')) {
    this.#events = events;
    this.#workerUrl = workerUrl;
  }

  /** Queues a job whose data is already collected; resolves at once with its first snapshot. */
  enqueue(job: ReportJob, request: RenderRequest): ReportJob {
    if (this.#closed) throw new AppError('internal', 'The core is closing');
    this.#forgetOld();
    this.#entries.set(job.id, { job, request, bytes: null, finishedAt: null });
    this.#queue.push(job.id);
    this.#announce(job);
    this.#next();
    return job;
  }

  cancel(id: string): ReportJob {
    const entry = this.#entry(id);
    const { status } = entry.job;
    if (status === 'queued') this.#queue.splice(this.#queue.indexOf(id), 1);
    if (status === 'running') void this.#stopWorker();
    if (status === 'queued' || status === 'running' || status === 'ready') {
      entry.request = null;
      entry.bytes = null;
      entry.finishedAt = Date.now();
      this.#update(entry, { status: 'cancelled' });
    }
    if (status === 'running') {
      this.#running = null;
      this.#next();
    }
    return entry.job;
  }

  /** The finished file of a job, for the save dialog or the download. */
  file(id: string): { job: ReportJob; bytes: Uint8Array } {
    const entry = this.#entry(id);
    if (entry.job.status !== 'ready' || !entry.bytes) throw new AppError('report_not_ready', `Report ${id} is ${entry.job.status}`, { entity: 'report' });
    return { job: entry.job, bytes: entry.bytes };
  }

  get(id: string): ReportJob {
    return this.#entry(id).job;
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#queue.length = 0;
    await this.#stopWorker();
  }

  #entry(id: string): Entry {
    const entry = this.#entries.get(id);
    if (!entry) throw new AppError('not_found', `Report ${id} not found`, { entity: 'report' });
    return entry;
  }

  #next(): void {
    if (this.#running || this.#closed) return;
    const id = this.#queue.shift();
    if (!id) return this.#scheduleIdleStop();
    const entry = this.#entries.get(id);
    if (!entry?.request) return this.#next();
    if (this.#idle) clearTimeout(this.#idle);
    this.#running = id;
    this.#update(entry, { status: 'running', progress: RENDER_START });
    const message: ToWorker = { type: 'render', jobId: id, request: entry.request };
    this.#ensureWorker().postMessage(message, transferable(entry.request));
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#workerUrl);
    // A warm worker must not keep the process alive when everything else has stopped.
    worker.unref();
    worker.on('message', (message: FromWorker) => this.#onMessage(message));
    worker.on('error', (error) => this.#onWorkerGone(error));
    worker.on('exit', () => {
      if (this.#worker === worker) this.#onWorkerGone(new Error('The report worker stopped'));
    });
    this.#worker = worker;
    return worker;
  }

  #onMessage(message: FromWorker) {
    const entry = this.#entries.get(message.jobId);
    if (!entry || this.#running !== message.jobId) return;
    if (message.type === 'progress') {
      const progress = RENDER_START + (1 - RENDER_START) * Math.min(1, Math.max(0, message.share)) * 0.95;
      if (progress - entry.job.progress >= STEP) this.#update(entry, { progress });
      return;
    }
    this.#running = null;
    entry.request = null;
    entry.finishedAt = Date.now();
    if (message.type === 'done') {
      entry.bytes = message.bytes;
      this.#update(entry, { status: 'ready', progress: 1, size: message.bytes.byteLength });
    } else {
      console.error(`Report ${message.jobId} failed`, message.message);
      this.#update(entry, { status: 'failed', error: new AppError('internal', 'The report could not be made').toData() });
    }
    this.#next();
  }

  /** The worker crashed (or ran out of memory): fail its job and start afresh for the next. */
  #onWorkerGone(error: unknown) {
    this.#worker = null;
    const id = this.#running;
    this.#running = null;
    const entry = id ? this.#entries.get(id) : undefined;
    if (entry && entry.job.status === 'running') {
      console.error(`Report ${id} failed`, error);
      entry.request = null;
      entry.finishedAt = Date.now();
      this.#update(entry, { status: 'failed', error: new AppError('internal', 'The report could not be made').toData() });
    }
    this.#next();
  }

  async #stopWorker() {
    const worker = this.#worker;
    this.#worker = null;
    if (this.#idle) clearTimeout(this.#idle);
    if (worker) await worker.terminate();
  }

  #scheduleIdleStop() {
    if (!this.#worker) return;
    if (this.#idle) clearTimeout(this.#idle);
    this.#idle = setTimeout(() => void this.#stopWorker(), IDLE_MS);
    this.#idle.unref();
  }

  #update(entry: Entry, change: Partial<ReportJob>) {
    entry.job = { ...entry.job, ...change };
    this.#announce(entry.job);
  }

  #announce(job: ReportJob) {
    this.#events.emit({ type: 'report.job', job });
  }

  /** Finished files are dropped after a while, oldest first, so memory stays small. */
  #forgetOld() {
    const now = Date.now();
    const finished = [...this.#entries.values()].filter((e) => e.finishedAt !== null);
    finished.sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));
    finished.forEach((entry, i) => {
      if (i < finished.length - KEEP + 1 || now - (entry.finishedAt ?? now) > KEEP_MS) this.#entries.delete(entry.job.id);
    });
  }
}
