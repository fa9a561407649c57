import type { sessionMethods } from '#shared/methods/sessions.ts';
import { AppError } from '#shared/errors.ts';
import type { Session, SessionTemplate } from '#shared/model.ts';
import { keyBetween } from '#shared/ordering.ts';
import { daysInclusive } from '#shared/schemas.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { SessionRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { loadBoard } from './board.ts';
import { defaultLayout, newSessionRow, toSession } from './rows.ts';

export const sessionHandlers: HandlerMap<keyof typeof sessionMethods> = {
  async 'sessions.board'({ id }, { db }) {
    return loadBoard(db, id);
  },

  async 'sessions.create'(input, ctx) {
    return saveSession(ctx, async (trx) => {
      const workshop = await trx.selectFrom('workshops').select(['start_date', 'end_date']).where('id', '=', input.workshopId).executeTakeFirst();
      if (!workshop) throw new AppError('not_found', `Workshop ${input.workshopId} not found`, { entity: 'workshop' });
      assertDayInMeeting(input.day, workshop);
      const id = input.id ?? ctx.newId();
      const existing = await trx.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Session ${id} already exists`, { entity: 'session' });
      const last = await trx.selectFrom('sessions').select('position').where('workshop_id', '=', input.workshopId).orderBy('position', 'desc').executeTakeFirst();
      const row = newSessionRow(
        {
          id,
          workshop_id: input.workshopId,
          title: input.title,
          day: input.day,
          start_time: input.startTime,
          duration_minutes: input.durationMinutes,
          kind: input.kind,
          template: input.template,
          question: input.question,
          position: keyBetween(last?.position ?? null, null),
        },
        ctx.now(),
      );
      return trx.insertInto('sessions').values(row).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'sessions.update'(input, ctx) {
    return saveSession(ctx, async (trx) => {
      const current = await loadSession(trx, input.id);
      if (input.day !== undefined) {
        const workshop = await trx.selectFrom('workshops').select(['start_date', 'end_date']).where('id', '=', current.workshop_id).executeTakeFirstOrThrow();
        assertDayInMeeting(input.day, workshop);
      }
      const changesBoard = (input.template !== undefined && input.template !== current.template) || (input.kind !== undefined && input.kind !== current.kind);
      if (changesBoard) {
        // Cards written for one exercise would not fit another; an empty board can change freely.
        const card = await trx.selectFrom('cards').select('id').where('session_id', '=', current.id).where('deleted_at', 'is', null).executeTakeFirst();
        if (card) throw new AppError('board_not_empty', 'The board already has cards', { entity: 'session' });
      }
      const template = input.template ?? (current.template as SessionTemplate);
      const layout = input.layout ?? (template !== current.template ? defaultLayout(template) : current.layout);
      return trx
        .updateTable('sessions')
        .set({
          title: input.title ?? current.title,
          day: input.day ?? current.day,
          start_time: input.startTime === undefined ? current.start_time : input.startTime,
          duration_minutes: input.durationMinutes === undefined ? current.duration_minutes : input.durationMinutes,
          kind: input.kind ?? current.kind,
          template,
          question: input.question ?? current.question,
          layout,
          updated_at: ctx.now(),
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'sessions.delete'({ id }, ctx) {
    return saveSession(ctx, async (trx) => {
      await loadSession(trx, id);
      const now = ctx.now();
      return trx.updateTable('sessions').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'sessions.restore'({ id }, ctx) {
    return saveSession(ctx, async (trx) => {
      await loadSession(trx, id, { deleted: true });
      return trx.updateTable('sessions').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'sessions.lock'({ id }, ctx) {
    return saveSession(ctx, async (trx) => {
      const current = await loadSession(trx, id);
      const now = ctx.now();
      return trx
        .updateTable('sessions')
        .set({ locked_at: current.locked_at ?? now, updated_at: now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'sessions.unlock'({ id }, ctx) {
    return saveSession(ctx, async (trx) => {
      await loadSession(trx, id);
      return trx.updateTable('sessions').set({ locked_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },
};

export async function loadSession(trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<SessionRow> {
  const row = await trx.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) {
    throw new AppError('not_found', `Session ${id} not found`, { entity: 'session' });
  }
  return row;
}

function assertDayInMeeting(day: number, workshop: { start_date: string; end_date: string }) {
  const days = daysInclusive(workshop.start_date, workshop.end_date);
  if (day > days) {
    throw new AppError('invalid_input', `Day ${day} is after the meeting's last day`, { fields: [{ path: 'day', problem: 'after_last_day', limit: days }] });
  }
}

/** Every session change commits one row and announces it. */
export async function saveSession(ctx: CoreContext, change: (trx: Trx) => Promise<SessionRow>): Promise<Session> {
  return write(ctx, async (trx) => {
    const session = toSession(await change(trx));
    return { value: session, events: [{ type: 'session.saved', session }] };
  });
}
