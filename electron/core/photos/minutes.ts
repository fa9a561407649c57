import type { documentationMethods } from '#shared/methods/documentation.ts';
import { AppError } from '#shared/errors.ts';
import type { SessionMinutes } from '#shared/photos.ts';
import { write } from '../context.ts';
import type { SessionMinutesRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { requireWorkshop } from '../paperwork/scope.ts';

function toMinutes(row: SessionMinutesRow): SessionMinutes {
  return { sessionId: row.session_id, workshopId: row.workshop_id, text: row.text, updatedAt: row.updated_at, revision: row.revision };
}

/**
 * Each session's minutes (notulen): one text per session, printed in the reports. Emptied minutes
 * keep their row (with no text), so the revision goes on and an older event cannot bring the text back.
 */
export const minutesHandlers: HandlerMap<'minutes.list' | 'minutes.save'> = {
  async 'minutes.list'({ workshopId }, { db }) {
    await requireWorkshop(db, workshopId);
    const rows = await db.selectFrom('session_minutes').selectAll().where('workshop_id', '=', workshopId).execute();
    return rows.map(toMinutes);
  },

  async 'minutes.save'({ sessionId, text }, ctx) {
    return write(ctx, async (trx) => {
      const session = await trx.selectFrom('sessions').select(['workshop_id']).where('id', '=', sessionId).where('deleted_at', 'is', null).executeTakeFirst();
      if (!session) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
      const fields = { text: text.trim() === '' ? '' : text.trimEnd(), updated_at: ctx.now() };
      const row = await trx
        .insertInto('session_minutes')
        .values({ session_id: sessionId, workshop_id: session.workshop_id, ...fields })
        .onConflict((oc) => oc.column('session_id').doUpdateSet(fields))
        .returningAll()
        .executeTakeFirstOrThrow();
      const minutes = toMinutes(row);
      return { value: minutes, events: [{ type: 'minutes.saved', minutes }] };
    });
  },
} satisfies HandlerMap<Extract<keyof typeof documentationMethods, `minutes.${string}`>>;
