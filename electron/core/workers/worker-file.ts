/** The entry file of each worker, relative to the core's sources. */
const SOURCES = { spreadsheet: '../spreadsheets/worker.ts', report: '../reports/worker.ts', image: '../images/worker.ts' } as const;

/**
 * Where a worker's entry is. Built, the core is bundled into `dist/electron/*.js` and each worker
 * is its own bundle beside it (`<name>-worker.js`, see build/build.mjs); from sources (vitest, the
 * bench) Node 24 runs the TypeScript entry directly.
 */
export function workerFile(name: keyof typeof SOURCES): URL {
  return import.meta.url.endsWith('.ts') ? new URL(SOURCES[name], import.meta.url) : new URL(`./${name}-worker.js`, import.meta.url);
}
