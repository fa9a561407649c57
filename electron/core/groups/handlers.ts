import type { groupMethods } from '#shared/methods/groups.ts';
import { AppError } from '#shared/errors.ts';
import type { Card, Participant } from '#shared/model.ts';
import { keysAtEnd } from '#shared/board/placement.ts';
import { keyAfter } from '#shared/ordering.ts';
import type { AppEvent } from '#shared/events.ts';
import { write, type Db, type Trx } from '../context.ts';
import type { GroupRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { toCard } from '../cards/rows.ts';
import { loadParticipants } from '../participants/rows.ts';
import { assertInsideScope, workshopScope } from '../regions/scope.ts';
import { insertGroups } from './insert.ts';
import { toGroup } from './rows.ts';

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
    return write(ctx, async (trx) => {
      const group = await loadGroup(trx, id);
      const now = ctx.now();
      const moves = await moveCardsToInbox(trx, id, now);
      const cards = moves.map((m) => m.card);
      const participantIds = (await trx.selectFrom('participants').select('id').where('group_id', '=', id).execute()).map((p) => p.id);
      await rememberRemovals(trx, id, moves, participantIds);
      await trx.updateTable('participants').set({ group_id: null, updated_at: now }).where('group_id', '=', id).execute();
      // Kept, not dropped: its dots stay in closed votes, and "Urungkan" brings it back.
      await trx.updateTable('groups').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
      const participants: Participant[] = await loadParticipants(trx, group.workshop_id, participantIds);
      const events: AppEvent[] = [{ type: 'group.deleted', workshopId: group.workshop_id, groupId: id }, ...cardEvents(cards)];
      if (participants.length > 0) events.push({ type: 'participants.saved', workshopId: group.workshop_id, participants });
      const live = cards.filter((c) => c.deletedAt === null).length;
      return { value: { groupId: id, workshopId: group.workshop_id, cards: live, participants: participants.filter((p) => p.deletedAt === null).length }, events };
    });
  },

  async 'groups.restore'({ id }, ctx) {
    return write(ctx, async (trx) => {
      const current = await loadGroup(trx, id, { deleted: true });
      if (current.region_code) {
        const workshop = await trx.selectFrom('workshops').selectAll().where('id', '=', current.workshop_id).executeTakeFirstOrThrow();
        assertInsideScope(current.region_code, workshopScope(workshop));
      }
      const now = ctx.now();
      const row = await trx.updateTable('groups').set({ deleted_at: null, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      const { cards, participantIds } = await putBackRemovals(trx, id, now);
      const group = toGroup(row);
      const participants = await loadParticipants(trx, group.workshopId, participantIds);
      const events: AppEvent[] = [{ type: 'group.saved', group }, ...cardEvents(cards)];
      if (participants.length > 0) events.push({ type: 'participants.saved', workshopId: group.workshopId, participants });
      return { value: group, events };
    });
  },
};

async function loadGroup(db: Db | Trx, id: string, options: { deleted?: boolean } = {}): Promise<GroupRow> {
  const group = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!group || (group.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Group ${id} not found`, { entity: 'group' });
  return group;
}

function cardEvents(cards: Card[]): AppEvent[] {
  return [...new Set(cards.map((c) => c.sessionId))].map((sessionId) => ({ type: 'cards.saved', sessionId, cards: cards.filter((c) => c.sessionId === sessionId) }));
}

/** Where the group's cards stood and who was in it, so a restore can put them back. */
async function rememberRemovals(trx: Trx, groupId: string, moves: CardMove[], participantIds: string[]) {
  await trx.deleteFrom('group_removals').where('group_id', '=', groupId).execute();
  const rows = [
    ...moves.map((m) => ({ group_id: groupId, item_type: 'card' as const, item_id: m.card.id, position: m.positionBefore })),
    ...participantIds.map((id) => ({ group_id: groupId, item_type: 'participant' as const, item_id: id, position: null })),
  ];
  // 4 values a row: 500 rows stay far below SQLite's limit of bound values.
  for (let i = 0; i < rows.length; i += 500) await trx.insertInto('group_removals').values(rows.slice(i, i + 500)).execute();
}

/**
 * Cards and participants of a restored group go back where they were, unless the facilitator
 * has since placed them elsewhere (a card moved out of the inbox, a participant given a group).
 */
async function putBackRemovals(trx: Trx, groupId: string, now: string): Promise<{ cards: Card[]; participantIds: string[] }> {
  const removals = await trx.selectFrom('group_removals').selectAll().where('group_id', '=', groupId).execute();
  const cards: Card[] = [];
  const participantIds: string[] = [];
  for (const removal of removals) {
    if (removal.item_type === 'card') {
      const row = await trx
        .updateTable('cards')
        .set({ group_id: groupId, position: removal.position!, updated_at: now })
        .where('id', '=', removal.item_id)
        .where('group_id', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (row) cards.push(toCard(row));
    } else {
      const moved = await trx.updateTable('participants').set({ group_id: groupId, updated_at: now }).where('id', '=', removal.item_id).where('group_id', 'is', null).executeTakeFirst();
      if (moved.numUpdatedRows > 0n) participantIds.push(removal.item_id);
    }
  }
  await trx.deleteFrom('group_removals').where('group_id', '=', groupId).execute();
  return { cards, participantIds };
}

interface CardMove {
  card: Card;
  /** Its order key in the group, before the move. */
  positionBefore: string;
}

/**
 * A deleted group's cards go to the end of each session's inbox ("Belum dikelompokkan"), in their
 * order, so nothing written in the group is lost. Deleted cards go too, so their undo still works.
 * They land where new cards land (`keysAtEnd`: last on the board, so last in the inbox's column
 * in every layout).
 */
async function moveCardsToInbox(trx: Trx, groupId: string, now: string): Promise<CardMove[]> {
  const cards = await trx.selectFrom('cards').selectAll().where('group_id', '=', groupId).orderBy('session_id').orderBy('position').orderBy('id').execute();
  const moved: CardMove[] = [];
  for (const sessionId of new Set(cards.map((c) => c.session_id))) {
    const inSession = cards.filter((c) => c.session_id === sessionId);
    const last = await trx.selectFrom('cards').select('position').where('session_id', '=', sessionId).orderBy('position', 'desc').executeTakeFirst();
    const keys = keysAtEnd(last?.position ?? null, inSession.length);
    for (const [i, card] of inSession.entries()) {
      const row = await trx.updateTable('cards').set({ group_id: null, position: keys[i]!, updated_at: now }).where('id', '=', card.id).returningAll().executeTakeFirstOrThrow();
      moved.push({ card: toCard(row), positionBefore: card.position });
    }
  }
  return moved;
}
