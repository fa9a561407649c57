import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../core/data-dir.ts';
import { openCore } from '../core/core.ts';
import { StartupError } from '../core/startup-error.ts';
import { createDoorListener, parseAddress } from './door/listener.ts';
import { startHost } from './server.ts';

/**
 * `npm run serve [-- --port N --data DIR --lan-address HOST:PORT]`: the same core as the desktop
 * app, behind a local HTTP door. Prints the address to open; Ctrl+C closes the database cleanly.
 * `--lan-address` fixes where the participants' door listens when the facilitator opens it.
 */
async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string', default: '5199' }, data: { type: 'string' }, 'lan-address': { type: 'string' } },
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

  const core = await openCore({ dataDir, door }).catch((error: unknown) => {
    if (error instanceof StartupError) fail(error.describe());
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

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

await main();
