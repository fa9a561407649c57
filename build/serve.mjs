// `npm run serve [-- --port N --data DIR]`: build if the sources changed, then start the
// browser host (the same core the desktop app uses, behind a local HTTP door).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildAll, isStale } from './build.mjs';

if (isStale()) {
  console.log('Membangun Rembuk… / Building Rembuk…');
  await buildAll({ quiet: true });
}
const host = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'electron', 'host.js');
await import(pathToFileURL(host).href);
