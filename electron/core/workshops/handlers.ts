import { sql } from 'kysely';
import type { workshopMethods } from '#shared/methods/workshops.ts';
import { AppError } from '#shared/errors.ts';
import { meetingDatesProblem } from '#shared/schemas.ts';
import { write, type Db } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';
import { toGroup } from '../groups/rows.ts';
import { firstSessionRow, toSession } from '../sessions/rows.ts';
import { copyWorkshop } from './copy.ts';
import { checkWorkshopRegion } from './region-check.ts';
import { toWorkshop } from './rows.ts';

export const workshopHandlers: HandlerMap<keyof typeof workshopMethods> = {
  async 'workshops.list'(_input, { db }) {
    const rows = await db
      .selectFrom('workshops as w')
      .selectAll('w')
      .select((eb) => [
        eb.selectFrom('groups').whereRef('groups.workshop_id', '=', 'w.id').where('groups.deleted_at', 'is', null).select(eb.fn.countAll<number>().as('n')).as('group_count'),
        eb
          .selectFrom('cards')
          .whereRef('cards.workshop_id', '=', 'w.id')
          .where('cards.deleted_at', 'is', null)
          .select(eb.fn.countAll<number>().as('n'))
          .as('card_count'),
        eb
          .selectFrom('participants')
          .whereRef('participants.workshop_id', '=', 'w.id')
          .where('participants.deleted_at', 'is', null)
          .select(eb.fn.countAll<number>().as('n'))
          .as('participant_count'),
      ])
      .orderBy('w.start_date', 'desc')
      .orderBy('w.created_at', 'desc')
      // Made in the same millisecond (a copy, a quick import): the one added last comes first.
      .orderBy(sql`w.rowid`, 'desc')
      .execute();
    return rows.map((row) => ({
      ...toWorkshop(row),
      groupCount: Number(row.group_count),
      cardCount: Number(row.card_count),
      participantCount: Number(row.participant_count),
    }));
  },

  async 'workshops.get'({ id }, { db }) {
    return loadWorkshopDetail(db, id);
  },

  async 'workshops.create'(input, ctx) {
    const now = ctx.now();
    const workshopId = input.id ?? ctx.newId();
    const sessionId = ctx.newId();
    await write(ctx, async (trx) => {
      const existing = await trx.selectFrom('workshops').select('id').where('id', '=', workshopId).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Workshop ${workshopId} already exists`, { entity: 'workshop' });
      const row = {
        id: workshopId,
        title: input.title,
        start_date: input.startDate,
        end_date: input.endDate,
        venue: input.venue,
        level: input.level,
        province_code: input.provinceCode,
        regency_code: input.regencyCode,
        organizer: input.organizer,
        mode: input.mode,
        created_at: now,
        updated_at: now,
        revision: 1,
      };
      await checkWorkshopRegion(trx, null, row);
      await trx.insertInto('workshops').values(row).execute();
      const session = firstSessionRow(workshopId, sessionId, now);
      await trx.insertInto('sessions').values(session).execute();
      return {
        value: undefined,
        events: [
          { type: 'workshop.saved', workshop: toWorkshop(row) },
          { type: 'session.saved', session: toSession(session) },
        ],
      };
    });
    return loadWorkshopDetail(ctx.db, workshopId);
  },

  async 'workshops.update'(input, ctx) {
    return write(ctx, async (trx) => {
      const current = await trx.selectFrom('workshops').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (!current) throw new AppError('not_found', `Workshop ${input.id} not found`, { entity: 'workshop' });
      const startDate = input.startDate ?? current.start_date;
      const endDate = input.endDate ?? current.end_date;
      const problem = meetingDatesProblem(startDate, endDate);
      if (problem) {
        throw new AppError('invalid_input', `Meeting dates: ${problem}`, { fields: [{ path: 'endDate', problem }] });
      }
      const region = {
        level: input.level ?? current.level,
        province_code: input.provinceCode === undefined ? current.province_code : input.provinceCode,
        regency_code: input.regencyCode === undefined ? current.regency_code : input.regencyCode,
      };
      await checkWorkshopRegion(trx, current.id, region);
      const row = await trx
        .updateTable('workshops')
        .set({
          title: input.title ?? current.title,
          start_date: startDate,
          end_date: endDate,
          venue: input.venue ?? current.venue,
          ...region,
          organizer: input.organizer ?? current.organizer,
          mode: input.mode ?? current.mode,
          updated_at: ctx.now(),
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const workshop = toWorkshop(row);
      return { value: workshop, events: [{ type: 'workshop.saved', workshop }] };
    });
  },

  async 'workshops.copy'(input, ctx) {
    const workshopId = await copyWorkshop(ctx, input);
    return loadWorkshopDetail(ctx.db, workshopId);
  },
};

export async function loadWorkshopDetail(db: Db, id: string) {
  const workshop = await db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
  if (!workshop) throw new AppError('not_found', `Workshop ${id} not found`, { entity: 'workshop' });
  const [groups, sessions] = await Promise.all([
    db.selectFrom('groups').selectAll().where('workshop_id', '=', id).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('sessions').selectAll().where('workshop_id', '=', id).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
  ]);
  return { workshop: toWorkshop(workshop), groups: groups.map(toGroup), sessions: sessions.map(toSession) };
}
