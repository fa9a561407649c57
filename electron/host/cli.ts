import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RECOVERY_WORDS } from '../core/backups/recovery-words.ts';
import { listCopies, restoreDataDir, type RestoreChoice } from '../core/backups/restore.ts';
import { defaultDataDir } from '../core/data-dir.ts';
import { openCore } from '../core/core.ts';
import { StartupError } from '../core/startup-error.ts';
import { createDoorListener, parseAddress } from './door/listener.ts';
import { startHost } from './server.ts';

/**
/**
 * `npm run serve [-- --port N --data DIR --lan-address HOST:PORT --restore latest|empty|FILE]`:
 * the same core as the desktop app, behind a local HTTP door. Prints the address to open;
 * Ctrl+C closes the database cleanly. `--lan-address` fixes where the participants' door listens
 * when the facilitator opens it. A data file that cannot be opened is explained (both languages,
 * no stack trace) and the process exits with the problem's own code.
 */
async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '5199' }, data: { type: 'string' }, 'lan-address': { type: 'string' }, restore: { type: 'string' } },
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`Port tidak valid / invalid port: ${values.port}`);
  }
  const lanAddress = values['lan-address'];
  if (lanAddress !== undefined && !isHostAndPort(lanAddress)) {
    fail(`Alamat tidak valid / invalid address: ${lanAddress} (contoh / example: 192.168.1.5:5200)`);
  }
  const dataDir = resolve(values.data ?? defaultDataDir());
  const here = dirname(fileURLToPath(import.meta.url));
  const staticDir = join(here, '..', 'renderer');
  const door = { listener: createDoorListener({ pageDir: join(here, '..', 'participant'), fixedAddress: lanAddress }) };

  if (values.restore) restore(dataDir, values.restore);
  const core = await openCore({ dataDir, door }).catch((error: unknown) => {
    if (error instanceof StartupError) failToStart(error, dataDir);
    throw error;
  });
  const onLaunchUsed = (next: string) =>
    console.log(`Alamat untuk browser lain (sekali pakai) / Address for another browser (works once):\n\n  ${next}\n`);
  const host = await startHost({ core, staticDir, port, onLaunchUsed }).catch(async (error: unknown) => {
    await core.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      fail(`Port ${port} sudah dipakai; coba --port lain.\nPort ${port} is in use; try another --port.`);
    }
    throw error;
  });

  console.log(`Rembuk berjalan. Buka alamat ini di browser / Rembuk is running. Open this address in a browser:\n\n  ${host.url}\n`);
  console.log(`Data: ${dataDir}`);
  console.log(`Cadangan / Backups: ${join(dataDir, 'backups')}`);
  for (const warning of core.warnings) console.warn(`${RECOVERY_WORDS.id.lowSpace(warning.freeBytes)}\n${RECOVERY_WORDS.en.lowSpace(warning.freeBytes)}`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function isHostAndPort(address: string): boolean {
  const parsed = parseAddress(address);
  return parsed !== null && /^(\d{1,3}\.){3}\d{1,3}$/.test(parsed.ip) && Number.isInteger(parsed.port) && parsed.port! >= 0 && parsed.port! <= 65535;
}

function restore(dataDir: string, answer: string) {
  const choice: RestoreChoice = answer === 'latest' ? { latest: true } : answer === 'empty' ? { empty: true } : { file: resolve(answer) };
  try {
    const { restoredFrom, setAside } = restoreDataDir(dataDir, choice);
    console.log(`${RECOVERY_WORDS.id.restored(restoredFrom, setAside)}\n${RECOVERY_WORDS.en.restored(restoredFrom, setAside)}`);
  } catch (error) {
    if (error instanceof StartupError) fail(error.describe(), error.exitCode);
    throw error;
  }
}

/** The problem in both languages, and for a damaged file the newest backup and how to restore it. */
function failToStart(error: StartupError, dataDir: string): never {
  const lines = [error.describe()];
  if (error.restorable) {
    const [newest] = listCopies(dataDir);
    lines.push('', newest ? RECOVERY_WORDS.id.newest(newest) : RECOVERY_WORDS.id.none, RECOVERY_WORDS.id.howTo(dataDir));
    lines.push(newest ? RECOVERY_WORDS.en.newest(newest) : RECOVERY_WORDS.en.none, RECOVERY_WORDS.en.howTo(dataDir));
  }
  fail(lines.join('\n'), error.exitCode);
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

await main();
