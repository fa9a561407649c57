import { networkInterfaces } from 'node:os';
import type { NetworkAddress } from '#shared/model.ts';

/**
 * The laptop's IPv4 addresses on real networks (Wi-Fi, its own hotspot, a cable), never the
 * loopback: where phones in the room can reach the door.
 */
export function lanAddresses(interfaces = networkInterfaces()): NetworkAddress[] {
  const found: NetworkAddress[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family === 'IPv4' && !entry.internal) found.push({ name, address: entry.address });
    }
  }
  return found;
}
