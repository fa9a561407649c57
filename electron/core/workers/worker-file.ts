/** The entry file of each worker, relative to the core's sources. */
const SOURCES = {
  spreadsheet: '../spreadsheets/worker.ts',
  report: '../reports/worker.ts',
  image: '../images/worker.ts',
  backup: '../backups/copy-worker.ts',
} as const;

/**
 * Where a worker's entry is. Built, the core is bundled into `dist/electron/*.js` and each worker
 * is its own bundle beside it (`<name>-worker.js`, see build/build.mjs); from sources (vitest, the
 * bench) Node 24 runs the TypeScript entry directly. In the packaged desktop app the bundles sit
 * in `app.asar`, and the workers (with the packages they import) are unpacked beside it
 * (`asarUnpack` in build/electron-builder.yml): a worker loads its ES modules from plain files.
 */
export function workerFile(name: keyof typeof SOURCES, here = import.meta.url): URL {
  if (here.endsWith('.ts')) return new URL(SOURCES[name], here);
  return new URL(unpackedPath(new URL(`./${name}-worker.js`, here).href));
}

/** `…/app.asar/dist/…` → `…/app.asar.unpacked/dist/…`; other paths stay. */
export function unpackedPath(href: string): string {
  return href.replace(/\/app\.asar\//, '/app.asar.unpacked/');
}
