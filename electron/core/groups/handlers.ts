import type { groupMethods } from '#shared/methods/groups.ts';
import { AppError } from '#shared/errors.ts';
import { keyBetween } from '#shared/ordering.ts';
import { colorForIndex } from '#shared/palette.ts';
import { write } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';
import { toGroup } from './rows.ts';

export const groupHandlers: HandlerMap<keyof typeof groupMethods> = {
  async 'groups.create'(input, ctx) {
    return write(ctx, async (trx) => {
      const workshop = await trx.selectFrom('workshops').select('id').where('id', '=', input.workshopId).executeTakeFirst();
      if (!workshop) throw new AppError('not_found', `Workshop ${input.workshopId} not found`, { entity: 'workshop' });
      const siblings = await trx
        .selectFrom('groups')
        .select(['id', 'position'])
        .where('workshop_id', '=', input.workshopId)
        .orderBy('position', 'desc')
        .execute();
      const id = input.id ?? ctx.newId();
      if (siblings.some((g) => g.id === id)) throw new AppError('conflict', `Group ${id} already exists`, { entity: 'group' });
      const now = ctx.now();
      const row = await trx
        .insertInto('groups')
        .values({
          id,
          workshop_id: input.workshopId,
          name: input.name,
          color: input.color ?? colorForIndex(siblings.length),
          position: keyBetween(siblings[0]?.position ?? null, null),
          region_code: input.regionCode ?? null,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const group = toGroup(row);
      return { value: group, events: [{ type: 'group.saved', group }] };
    });
  },

  async 'groups.update'(input, ctx) {
    return write(ctx, async (trx) => {
      const current = await trx.selectFrom('groups').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!current) throw new AppError('not_found', `Group ${input.id} not found`, { entity: 'group' });
      const row = await trx
        .updateTable('groups')
        .set({ name: input.name ?? current.name, color: input.color ?? current.color, updated_at: ctx.now() })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const group = toGroup(row);
      return { value: group, events: [{ type: 'group.saved', group }] };
    });
  },
};
