import { sql } from 'kysely';
import type { ParsedInput } from '#shared/api.ts';
import { AppError } from '#shared/errors.ts';
import type { AppEvent } from '#shared/events.ts';
import { TEAM_ROLES } from '#shared/model.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import { toGroup } from '../groups/rows.ts';
import { loadParticipants } from '../participants/rows.ts';
import { firstSessionRow, newSessionRow, toSession } from '../sessions/rows.ts';
import { toWorkshop } from './rows.ts';

/**
 * "Start from an earlier workshop": the new meeting gets the source's details, its groups (same
 * names, colours, order and region codes), its team (facilitators and master trainers) and its
 * session plan. No cards, no other participants, no attendance. Returns the new workshop's id.
 */
export async function copyWorkshop(ctx: CoreContext, input: ParsedInput<'workshops.copy'>): Promise<string> {
  const workshopId = input.id ?? ctx.newId();
  const now = ctx.now();
  return write(ctx, async (trx) => {
    const source = await trx.selectFrom('workshops').selectAll().where('id', '=', input.sourceId).executeTakeFirst();
    if (!source) throw new AppError('not_found', `Workshop ${input.sourceId} not found`, { entity: 'workshop' });
    const taken = await trx.selectFrom('workshops').select('id').where('id', '=', workshopId).executeTakeFirst();
    if (taken) throw new AppError('conflict', `Workshop ${workshopId} already exists`, { entity: 'workshop' });

    const row = {
      ...source,
      id: workshopId,
      title: input.title,
      start_date: input.startDate,
      end_date: input.endDate,
      venue: input.venue || source.venue,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('workshops').values(row).execute();
    const groupIds = await copyGroups(ctx, trx, source.id, workshopId, now);
    await copySessions(ctx, trx, source.id, workshopId, now);
    await copyTeam(ctx, trx, source.id, workshopId, groupIds, now);

    const events: AppEvent[] = [{ type: 'workshop.saved', workshop: toWorkshop(row) }];
    const groups = await trx.selectFrom('groups').selectAll().where('workshop_id', '=', workshopId).execute();
    for (const group of groups) events.push({ type: 'group.saved', group: toGroup(group) });
    const sessions = await trx.selectFrom('sessions').selectAll().where('workshop_id', '=', workshopId).execute();
    for (const session of sessions) events.push({ type: 'session.saved', session: toSession(session) });
    const team = await loadParticipants(trx, workshopId);
    if (team.length > 0) events.push({ type: 'participants.saved', workshopId, participants: team });
    return { value: workshopId, events };
  });
}

/** Copies the groups and returns the new id of each old one. */
async function copyGroups(ctx: CoreContext, trx: Trx, sourceId: string, workshopId: string, now: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const groups = await trx.selectFrom('groups').selectAll().where('workshop_id', '=', sourceId).where('deleted_at', 'is', null).execute();
  for (const group of groups) {
    const id = ctx.newId();
    ids.set(group.id, id);
    await trx.insertInto('groups').values({ ...group, id, workshop_id: workshopId, created_at: now, updated_at: now }).execute();
  }
  return ids;
}

/**
 * The session plan: every live session with its title, day, time, template, question and layout
 * (and a blank board's own card kinds), unlocked and with a fresh timer. A source without
 * sessions still gives the copy its first board.
 */
async function copySessions(ctx: CoreContext, trx: Trx, sourceId: string, workshopId: string, now: string): Promise<void> {
  const sessions = await trx.selectFrom('sessions').selectAll().where('workshop_id', '=', sourceId).where('deleted_at', 'is', null).execute();
  if (sessions.length === 0) {
    await trx.insertInto('sessions').values(firstSessionRow(workshopId, ctx.newId(), now)).execute();
    return;
  }
  for (const session of sessions) {
    const id = ctx.newId();
    const { title, day, start_time, duration_minutes, kind, template, question, position, layout } = session;
    const row = newSessionRow({ id, workshop_id: workshopId, title, day, start_time, duration_minutes, kind, template, question, position }, now);
    await trx.insertInto('sessions').values({ ...row, layout }).execute();
    const kinds = await trx.selectFrom('custom_kinds').selectAll().where('session_id', '=', session.id).where('deleted_at', 'is', null).execute();
    for (const customKind of kinds) {
      await trx.insertInto('custom_kinds').values({ ...customKind, id: ctx.newId(), session_id: id, created_at: now, updated_at: now }).execute();
    }
  }
}

/** The facilitators and master trainers come along (in their copied groups); nobody else does. */
async function copyTeam(ctx: CoreContext, trx: Trx, sourceId: string, workshopId: string, groupIds: Map<string, string>, now: string) {
  const team = await trx
    .selectFrom('participants')
    .selectAll()
    .where('workshop_id', '=', sourceId)
    .where('deleted_at', 'is', null)
    .where('role', 'in', [...TEAM_ROLES])
    .orderBy('created_at')
    .orderBy(sql`rowid`)
    .execute();
  for (const person of team) {
    await trx
      .insertInto('participants')
      .values({
        ...person,
        id: ctx.newId(),
        workshop_id: workshopId,
        group_id: person.group_id === null ? null : (groupIds.get(person.group_id) ?? null),
        import_key: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
}
