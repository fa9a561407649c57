import type { attendanceMethods, participantMethods } from '#shared/methods/participants.ts';
import { AppError } from '#shared/errors.ts';
import type { Participant } from '#shared/model.ts';
import { daysInclusive } from '#shared/schemas.ts';
import { write, type CoreContext, type Db, type Trx } from '../context.ts';
import type { ParticipantRow, WorkshopRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { importParticipants } from './import.ts';
import { setImportMembers } from './import-members.ts';
import { loadImportChoices } from './import-choices.ts';
import { loadParticipant, loadParticipants } from './rows.ts';
import { participantSummary } from './summary.ts';

export const participantHandlers: HandlerMap<keyof typeof participantMethods | keyof typeof attendanceMethods> = {
  async 'participants.list'({ workshopId }, { db }) {
    await loadWorkshop(db, workshopId);
    return loadParticipants(db, workshopId);
  },

  async 'participants.importChoices'({ workshopId }, { db }) {
    await loadWorkshop(db, workshopId);
    return loadImportChoices(db, workshopId);
  },

  async 'participants.create'(input, ctx) {
    return saveParticipant(ctx, async (trx) => {
      const workshop = await loadWorkshop(trx, input.workshopId);
      await assertGroupOf(trx, input.groupId, workshop.id);
      if (input.presentOnDay !== undefined) assertMeetingDay(workshop, input.presentOnDay, 'presentOnDay');
      const id = input.id ?? ctx.newId();
      const existing = await trx.selectFrom('participants').select('id').where('id', '=', id).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Participant ${id} already exists`, { entity: 'participant' });
      const now = ctx.now();
      const { workshopId, presentOnDay, groupId, ...fields } = input;
      const row = await trx
        .insertInto('participants')
        .values({ ...fields, id, workshop_id: workshopId, group_id: groupId, import_key: null, created_at: now, updated_at: now, deleted_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (presentOnDay !== undefined) {
        await trx.insertInto('attendance').values({ participant_id: id, day: presentOnDay, checked_in_at: now, updated_at: now }).execute();
      }
      return row;
    });
  },

  async 'participants.update'(input, ctx) {
    return saveParticipant(ctx, async (trx) => {
      const current = await loadLiveParticipant(trx, input.id);
      if (input.groupId !== undefined) await assertGroupOf(trx, input.groupId, current.workshop_id);
      const { id, groupId, ...fields } = input;
      return trx
        .updateTable('participants')
        .set({ ...fields, ...(groupId === undefined ? {} : { group_id: groupId }), updated_at: ctx.now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'participants.delete'({ id }, ctx) {
    return saveParticipant(ctx, async (trx) => {
      await loadLiveParticipant(trx, id);
      const now = ctx.now();
      return trx.updateTable('participants').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'participants.restore'({ id }, ctx) {
    return saveParticipant(ctx, async (trx) => {
      const current = await trx.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current || current.deleted_at === null) throw new AppError('not_found', `Removed participant ${id} not found`, { entity: 'participant' });
      // Their group may have been deleted meanwhile (group_id is then already null).
      return trx.updateTable('participants').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'participants.deleteMany'(input, ctx) {
    return write(ctx, (trx) => setImportMembers(trx, input, true, ctx.now()));
  },

  async 'participants.restoreMany'(input, ctx) {
    return write(ctx, (trx) => setImportMembers(trx, input, false, ctx.now()));
  },

  async 'participants.import'(input, ctx) {
    return importParticipants(ctx, input);
  },

  async 'participants.summary'({ workshopId }, { db }) {
    return participantSummary(db, await loadWorkshop(db, workshopId));
  },

  async 'attendance.set'({ participantId, day, present }, ctx) {
    return saveParticipant(ctx, async (trx) => {
      const participant = await loadLiveParticipant(trx, participantId);
      assertMeetingDay(await loadWorkshop(trx, participant.workshop_id), day, 'day');
      if (present) {
        await trx
          .insertInto('attendance')
          .values({ participant_id: participantId, day, checked_in_at: ctx.now(), updated_at: ctx.now() })
          .onConflict((oc) => oc.doNothing())
          .execute();
      } else {
        await trx.deleteFrom('attendance').where('participant_id', '=', participantId).where('day', '=', day).execute();
      }
      // The participant's snapshot (its days) changed: a new revision, so windows take it.
      return trx.updateTable('participants').set({ updated_at: ctx.now() }).where('id', '=', participantId).returningAll().executeTakeFirstOrThrow();
    });
  },
};

/** Every single-participant change commits one row (and its attendance) and announces it. */
async function saveParticipant(ctx: CoreContext, change: (trx: Trx) => Promise<ParticipantRow>): Promise<Participant> {
  return write(ctx, async (trx) => {
    const participant = await loadParticipant(trx, (await change(trx)).id);
    return { value: participant, events: [{ type: 'participants.saved', workshopId: participant.workshopId, participants: [participant] }] };
  });
}

async function loadWorkshop(db: Db | Trx, id: string): Promise<WorkshopRow> {
  const workshop = await db.selectFrom('workshops').selectAll().where('id', '=', id).executeTakeFirst();
  if (!workshop) throw new AppError('not_found', `Workshop ${id} not found`, { entity: 'workshop' });
  return workshop;
}

async function loadLiveParticipant(trx: Trx, id: string): Promise<ParticipantRow> {
  const row = await trx.selectFrom('participants').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || row.deleted_at !== null) throw new AppError('not_found', `Participant ${id} not found`, { entity: 'participant' });
  return row;
}

/** A participant's group must be one of their own workshop's groups. */
async function assertGroupOf(trx: Trx, groupId: string | null, workshopId: string): Promise<void> {
  if (groupId === null) return;
  const group = await trx.selectFrom('groups').select('workshop_id').where('id', '=', groupId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!group) throw new AppError('not_found', `Group ${groupId} not found`, { entity: 'group' });
  if (group.workshop_id !== workshopId) throw new AppError('cross_workshop', 'The group belongs to another workshop', { entity: 'group' });
}

function assertMeetingDay(workshop: WorkshopRow, day: number, field: string): void {
  const days = daysInclusive(workshop.start_date, workshop.end_date);
  if (day > days) throw new AppError('invalid_input', `The meeting has ${days} days`, { fields: [{ path: field, problem: 'too_big', limit: days }] });
}
