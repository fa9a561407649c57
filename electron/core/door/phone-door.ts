import { AppError } from '#shared/errors.ts';
import type { CoreContext } from '../context.ts';
import { Devices } from './devices.ts';
import type { Door } from './door.ts';
import type { PhoneDoor } from './listener.ts';
import { phoneDispatch } from './phone-dispatch.ts';

/** The core's side of the door, handed to the HTTP listener (see listener.ts). */
export function createPhoneDoor(ctx: CoreContext, door: Door): PhoneDoor {
  const devices = new Devices();
  return {
    async authenticate(credential) {
      const open = door.current;
      if (!open) return null;
      const device = await devices.authenticate(ctx, credential);
      if (!device || device.workshopId !== open.workshopId) return null;
      try {
        door.admit(device.id);
      } catch (error) {
        if (error instanceof AppError) return null;
        throw error;
      }
      return device;
    },
    call: (method, input, device) => phoneDispatch(ctx, door, devices, method, input, device),
    connect: (device, send) => door.connect(device, send),
  };
}
