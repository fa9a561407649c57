import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhoneEvent } from '#shared/phone.ts';
import type { Device, PhoneDoor } from '../../../electron/core/door/listener.ts';
import { createDoorListener } from '../../../electron/host/door/listener.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from './core.ts';

/** A participant page stand-in: the door serves whatever the build put in its folder. */
export function phonePageDir(): string {
  const dir = join(tempDataDir(), 'participant');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="id"><head><title>Rembuk peserta</title></head></html>');
  writeFileSync(join(dir, 'assets', 'phone.js'), 'console.log("phone")');
  return dir;
}

/**
 * A core with the real participants' door, listening on 127.0.0.1 (never the room's network in
 * a test), and the Lampung meeting with three groups and a roster of three.
 */
export async function openDoorCore(options: { deviceCap?: number } = {}) {
  let phones: PhoneDoor | undefined;
  const listenedOn: Array<string | null> = [];
  const real = createDoorListener({ pageDir: phonePageDir(), fixedAddress: '127.0.0.1:0' });
  const core = await openTestCore(undefined, {
    door: {
      listener: (door) => {
        phones = door;
        const listener = real(door);
        return { ...listener, listen: (address) => (listenedOn.push(address), listener.listen(address)) };
      },
      ...(options.deviceCap === undefined ? {} : { deviceCap: options.deviceCap }),
    },
  });
  const lampung = await lampungWorkshop(core);
  const roster = [];
  for (const [i, name] of ['Siti Aminah', 'Budi Santoso', 'Wayan Sudarta'].entries()) {
    roster.push(await call(core, 'participants.create', { workshopId: lampung.workshop.id, name, groupId: lampung.groups[i]!.id }));
  }
  return { core, ...lampung, roster, phones: phones!, listenedOn };
}

/** The join code and secret of the door's QR code address. */
export function keyOf(joinUrl: string | null): { code: string; secret: string } {
  const [code, secret] = new URL(joinUrl ?? '').hash.slice(1).split('.');
  return { code: code!, secret: secret! };
}

/** A phone through the core's side of the door: joins, then calls its methods as itself. */
export async function joinPhone(phones: PhoneDoor, key: { code: string; secret?: string }, who: { participantId?: string | null; name?: string | null; groupId?: string | null }) {
  const joined = await phones.call('phone.join', { key, participantId: who.participantId ?? null, name: who.name ?? null, groupId: who.groupId ?? null }, null);
  if (!joined.outcome.ok) throw new Error(`join failed: ${joined.outcome.error.code}`);
  const device = (await phones.authenticate(joined.credential)) as Device;
  const events: PhoneEvent[] = [];
  const disconnect = phones.connect(device, (event) => events.push(event));
  return {
    device,
    credential: joined.credential!,
    events,
    disconnect,
    call: (method: string, input: unknown) => phones.call(method, input, device).then((r) => r.outcome),
  };
}
