// Builds everything Rembuk runs: the renderer (Vite) and the Electron shell + browser host
// (esbuild, one file per entry; npm packages stay external and load from node_modules).
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const stamp = join(out, '.built');
const SOURCES = ['renderer', 'shared', 'electron', 'build', 'package-lock.json'];

/** @type {Array<{ entry: string, outfile: string, format: import('esbuild').Format }>} */
export const NODE_ENTRIES = [
  { entry: 'electron/main/index.ts', outfile: 'electron/main.js', format: 'esm' },
  // Sandboxed preloads must be CommonJS.
  { entry: 'electron/preload/index.ts', outfile: 'electron/preload.cjs', format: 'cjs' },
  { entry: 'electron/host/cli.ts', outfile: 'electron/host.js', format: 'esm' },
  // Workers run in their own thread from their own file (see electron/core/workers/worker-file.ts).
  { entry: 'electron/core/spreadsheets/worker.ts', outfile: 'electron/spreadsheet-worker.js', format: 'esm' },
  { entry: 'electron/core/reports/worker.ts', outfile: 'electron/report-worker.js', format: 'esm' },
  { entry: 'electron/core/images/worker.ts', outfile: 'electron/image-worker.js', format: 'esm' },
  { entry: 'electron/core/backups/copy-worker.ts', outfile: 'electron/backup-worker.js', format: 'esm' },
];

export async function buildAll({ quiet = false } = {}) {
  const started = performance.now();
  await Promise.all(
    NODE_ENTRIES.map(({ entry, outfile, format }) =>
      esbuild({
        entryPoints: [join(root, entry)],
        outfile: join(out, outfile),
        bundle: true,
        platform: 'node',
        target: 'node24',
        format,
        packages: 'external',
        external: ['electron'],
        sourcemap: true,
        logLevel: 'warning',
      }),
    ),
  );
  await viteBuild({ configFile: join(root, 'build', 'vite.renderer.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await viteBuild({ configFile: join(root, 'build', 'vite.participant.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  writeFileSync(stamp, new Date().toISOString());
  if (!quiet) console.log(`Built in ${Math.round(performance.now() - started)} ms`);
}

/** True when a source file changed after the last build (or there is no build yet). */
export function isStale() {
  if (!existsSync(stamp)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  return SOURCES.some((source) => newestMtime(join(root, source)) > builtAt);
}

/** @param {string} path @returns {number} */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildAll();
}
