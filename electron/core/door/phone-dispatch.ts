import type { z } from 'zod';
import { AppError, type Outcome } from '#shared/errors.ts';
import { isPhoneMethod, phoneMethods, type PhoneMethodName, type PhoneMethods } from '#shared/methods/phone.ts';
import type { CoreContext } from '../context.ts';
import { toFieldProblems } from '../dispatch.ts';
import type { Devices } from './devices.ts';
import type { Door } from './door.ts';
import type { Device } from './listener.ts';
import { phoneHandlers } from './phone-handlers.ts';
import { loadPhoneState, loadWelcome } from './phone-state.ts';

export type ParsedPhoneInput<M extends PhoneMethodName> = z.output<PhoneMethods[M]['input']>;

/**
 * The door's one way in, like `dispatch` is the facilitator's: only the phones' methods
 * (`shared/methods/phone.ts`), each input checked by its schema, every failure a coded error.
 * Joining needs this door's code; everything else needs a device that joined this meeting.
 */
export async function phoneDispatch(
  ctx: CoreContext,
  door: Door,
  devices: Devices,
  method: string,
  input: unknown,
  device: Device | null,
): Promise<{ outcome: Outcome<unknown>; credential?: string }> {
  if (!isPhoneMethod(method)) {
    return { outcome: { ok: false, error: new AppError('unknown_method', `Unknown method: ${String(method).slice(0, 80)}`).toData() } };
  }
  const parsed = phoneMethods[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const fields = parsed.error.issues.flatMap(toFieldProblems);
    return { outcome: { ok: false, error: new AppError('invalid_input', `Invalid input for ${method}`, { fields }).toData() } };
  }
  try {
    const open = door.current;
    if (!open) throw new AppError('door_closed', 'The door is closed');
    if (method === 'phone.welcome' || method === 'phone.join') {
      const { key } = parsed.data as ParsedPhoneInput<'phone.welcome'>;
      if (!door.acceptsKey(key)) throw new AppError('join_code_wrong', 'Wrong or old join code');
      if (method === 'phone.welcome') return { outcome: { ok: true, value: await loadWelcome(ctx.db, open) } };
      const { key: _key, ...who } = parsed.data as ParsedPhoneInput<'phone.join'>;
      const joined = await devices.join(ctx, open.workshopId, who, (id) => door.admit(id));
      return { outcome: { ok: true, value: await loadPhoneState(ctx.db, open, joined.device, ctx.now()) }, credential: joined.credential };
    }
    if (!device || device.workshopId !== open.workshopId) throw new AppError('unauthorized', 'Join first');
    const handler = phoneHandlers[method] as (input: unknown, call: Parameters<(typeof phoneHandlers)['phone.state']>[1]) => Promise<unknown>;
    return { outcome: { ok: true, value: await handler(parsed.data, { ctx, door, open, device }) } };
  } catch (error) {
    if (error instanceof AppError) return { outcome: { ok: false, error: error.toData() } };
    console.error(`Phone method ${method} failed`, error);
    return { outcome: { ok: false, error: new AppError('internal', 'Something went wrong inside Rembuk').toData() } };
  }
}
