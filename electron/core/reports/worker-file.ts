/**
 * Where the report worker's script is. From sources (vitest, Node's type stripping) it is
 * `worker.ts` beside this file; in the build every Node entry is one bundle in dist/electron/,
 * and the worker is its own bundle there (build/build.mjs), beside main.js and host.js.
 */
export function reportWorkerUrl(moduleUrl: string = import.meta.url): URL {
  return moduleUrl.endsWith('.ts') ? new URL('./worker.ts', moduleUrl) : new URL('./report-worker.js', moduleUrl);
}
