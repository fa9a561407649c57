import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '#shared/errors.ts';
import type { DoorListener, DoorListenerFactory } from '../../core/door/listener.ts';
import { lanAddresses } from '../../core/door/networks.ts';
import { failure, sendOutcome } from '../http-kit.ts';
import { handleDoorRequest } from './door-server.ts';
import { DOOR_LIMITS, DoorGuards } from './guards.ts';

/** The port phones type when nothing else is asked for (short, and the same every time). */
export const DEFAULT_DOOR_PORT = 5200;

export interface DoorListenerOptions {
  /** The built participant page (dist/participant). */
  pageDir: string;
  /** `--lan-address HOST:PORT`: always this address, whatever the facilitator picks (tests use 127.0.0.1:0). */
  fixedAddress?: string | undefined;
}

/**
 * The participants' door over HTTP: one server per address it listens on (each of the laptop's
 * networks, or the one picked), all answering the same narrow set of requests.
 */
export function createDoorListener({ pageDir, fixedAddress }: DoorListenerOptions): DoorListenerFactory {
  return (phones) => {
    const guards = new DoorGuards();
    const streams = new Set<ServerResponse>();
    let servers: Server[] = [];
    let hosts: string[] = [];
    const context = { phones, guards, pageDir, hosts: () => hosts, streams };

    const listener: DoorListener = {
      async listen(address) {
        const wanted = parseAddress(fixedAddress ?? address);
        const ips = wanted ? [wanted.ip] : lanAddresses().map((a) => a.address);
        if (ips.length === 0) throw new AppError('door_address_unavailable', 'This laptop is on no network');
        let port = wanted?.port ?? DEFAULT_DOOR_PORT;
        try {
          for (const [index, ip] of ips.entries()) {
            const server = makeServer(context);
            servers.push(server);
            port = await listenOn(server, ip, port, index === 0 && wanted?.port === undefined);
          }
        } catch (error) {
          await listener.stop();
          throw new AppError('door_address_unavailable', `Cannot listen: ${(error as Error).message}`);
        }
        hosts = ips.map((ip) => `${ip}:${port}`);
        return hosts.map((h) => `http://${h}/`);
      },

      async stop() {
        for (const res of streams) res.end();
        streams.clear();
        await Promise.all(
          servers.map(
            (server) =>
              new Promise<void>((resolve) => {
                server.close(() => resolve());
                server.closeAllConnections();
              }),
          ),
        );
        servers = [];
        hosts = [];
        guards.clear();
      },
    };
    return listener;
  };
}

function makeServer(context: Parameters<typeof handleDoorRequest>[0]): Server {
  const server = createServer(
    {
      headersTimeout: DOOR_LIMITS.headersTimeoutMs,
      requestTimeout: DOOR_LIMITS.requestTimeoutMs,
      keepAliveTimeout: DOOR_LIMITS.keepAliveTimeoutMs,
      maxHeaderSize: DOOR_LIMITS.maxHeaderBytes,
      connectionsCheckingInterval: 1_000,
    },
    (req, res) => {
      handleDoorRequest(context, req, res).catch((error: unknown) => {
        console.error('Door request failed', error);
        if (!res.headersSent) sendOutcome(res, 500, failure('internal', 'Request failed'));
        else res.destroy();
      });
    },
  );
  server.maxConnections = DOOR_LIMITS.maxConnections;
  // A connection that sends nothing (and receives no heartbeat) for this long is closed.
  server.setTimeout(DOOR_LIMITS.idleSocketMs, (socket) => socket.destroy());
  return server;
}

/** Listens on `ip:port`; the default port may be taken, and then any free port will do. */
function listenOn(server: Server, ip: string, port: number, mayMovePort: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (mayMovePort && error.code === 'EADDRINUSE') resolve(listenOn(server, ip, 0, false));
      else reject(error);
    };
    server.once('error', onError);
    server.listen(port, ip, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** `192.168.1.5` or `192.168.1.5:5200`; null for none. */
export function parseAddress(address: string | null | undefined): { ip: string; port?: number } | null {
  if (!address) return null;
  const [ip, port] = address.split(':');
  if (!ip) return null;
  return port === undefined ? { ip } : { ip, port: Number(port) };
}
