import { AppError } from '#shared/errors.ts';
import type { ParsedPhoneInput } from './phone-dispatch.ts';
import { write, type CoreContext } from '../context.ts';
import { hashSecret, newDeviceSecret, sameText } from './codes.ts';
import type { Device } from './listener.ts';
import { liveGroup } from './phone-state.ts';

/**
 * The phones that joined a meeting. A device's cookie holds `<id>.<secret>`; the database keeps
 * only the secret's hash. Devices belong to a workshop, so a phone stays in when the door moves
 * to the next board, and must join again for another meeting.
 */
export class Devices {
  /** Devices never change once joined: each is read from the database once. */
  readonly #known = new Map<string, { device: Device; hash: string }>();

  async join(ctx: CoreContext, workshopId: string, input: Omit<ParsedPhoneInput<'phone.join'>, 'key'>, admit: (id: string) => void) {
    let { name, groupId } = input;
    if (input.participantId !== null) {
      const person = await ctx.db
        .selectFrom('participants')
        .select(['name', 'group_id'])
        .where('id', '=', input.participantId)
        .where('workshop_id', '=', workshopId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      if (!person) throw new AppError('not_found', 'No such participant in this meeting', { entity: 'participant' });
      name = person.name;
      groupId = input.groupId ?? person.group_id;
    }
    if (!name) throw new AppError('invalid_input', 'A name is needed', { fields: [{ path: 'name', problem: 'required' }] });
    if (groupId !== null) {
      const group = await liveGroup(ctx.db, groupId);
      if (!group || group.workshop_id !== workshopId) throw new AppError('not_found', `Group ${groupId} not found`, { entity: 'group' });
    }
    const device: Device = { id: ctx.newId(), workshopId, participantId: input.participantId, groupId, name };
    admit(device.id);
    const secret = newDeviceSecret();
    const hash = hashSecret(secret);
    await write(ctx, async (trx) => {
      await trx
        .insertInto('devices')
        .values({ id: device.id, workshop_id: workshopId, participant_id: device.participantId, group_id: groupId, name, secret_hash: hash, created_at: ctx.now() })
        .execute();
      return { value: null, events: [] };
    });
    this.#known.set(device.id, { device, hash });
    return { device, credential: `${device.id}.${secret}` };
  }

  /** The device a cookie value names, when its secret is right; null otherwise. */
  async authenticate(ctx: CoreContext, credential: string | undefined): Promise<Device | null> {
    const dot = credential?.indexOf('.') ?? -1;
    if (!credential || dot < 0 || credential.length > 200) return null;
    const id = credential.slice(0, dot);
    let known = this.#known.get(id);
    if (!known) {
      const row = await ctx.db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      known = {
        device: { id: row.id, workshopId: row.workshop_id, participantId: row.participant_id, groupId: row.group_id, name: row.name },
        hash: row.secret_hash,
      };
      this.#known.set(id, known);
    }
    return sameText(hashSecret(credential.slice(dot + 1)), known.hash) ? known.device : null;
  }
}
