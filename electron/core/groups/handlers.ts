import type { groupMethods } from '#shared/methods/groups.ts';
import { AppError } from '#shared/errors.ts';
import { keyAfter } from '#shared/ordering.ts';
import { write } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';
import { insertGroups } from './insert.ts';
import { removeGroup, restoreGroup } from './removal.ts';
import { loadGroup, toGroup } from './rows.ts';

export const groupHandlers: HandlerMap<keyof typeof groupMethods> = {
  async 'groups.create'({ workshopId, ...draft }, ctx) {
    return write(ctx, async (trx) => {
      const workshop = await trx.selectFrom('workshops').selectAll().where('id', '=', workshopId).executeTakeFirst();
      if (!workshop) throw new AppError('not_found', `Workshop ${workshopId} not found`, { entity: 'workshop' });
      const [group] = await insertGroups(trx, ctx, workshop, [draft]);
      return { value: group!, events: [{ type: 'group.saved', group: group! }] };
    });
  },

  async 'groups.update'(input, ctx) {
    return write(ctx, async (trx) => {
      const current = await loadGroup(trx, input.id);
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

  async 'groups.move'(input, ctx) {
    return write(ctx, async (trx) => {
      const current = await loadGroup(trx, input.id);
      const siblings = await trx
        .selectFrom('groups')
        .select(['id', 'position'])
        .where('workshop_id', '=', current.workshop_id)
        .where('id', '!=', current.id)
        .where('deleted_at', 'is', null)
        .orderBy('position')
        .orderBy('id')
        .execute();
      if (input.afterGroupId !== null && !siblings.some((g) => g.id === input.afterGroupId)) {
        // The caller's view is stale (that group was deleted) or it names a group of another workshop.
        throw new AppError('conflict', `Group ${input.afterGroupId} is not beside ${input.id}`, { entity: 'group' });
      }
      const row = await trx
        .updateTable('groups')
        .set({ position: keyAfter(siblings, input.afterGroupId), updated_at: ctx.now() })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const group = toGroup(row);
      return { value: group, events: [{ type: 'group.saved', group }] };
    });
  },

  async 'groups.usage'({ id }, { db }) {
    await loadGroup(db, id);
    const cards = await db.selectFrom('cards').select((eb) => eb.fn.countAll<number>().as('n')).where('group_id', '=', id).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
    const participants = await db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('group_id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return { cards: Number(cards.n), participants: Number(participants.n) };
  },

  async 'groups.delete'({ id }, ctx) {
    return write(ctx, (trx) => removeGroup(trx, id, ctx.now()));
  },

  async 'groups.restore'({ id }, ctx) {
    return write(ctx, (trx) => restoreGroup(trx, id, ctx.now()));
  },
};
