import type { Card, Group, GroupDeleted, Participant } from '#shared/model.ts';
import { keysAtEnd } from '#shared/board/placement.ts';
import type { AppEvent } from '#shared/events.ts';
import type { Trx } from '../context.ts';
import { toCard } from '../cards/rows.ts';
import { loadParticipants } from '../participants/rows.ts';
import { assertInsideScope, workshopScope } from '../regions/scope.ts';
import { loadGroup, toGroup } from './rows.ts';

/**
 * A group deleted and brought back, inside a caller's transaction: by the Kelompok page, and
 * by an import's undo with the people it added (one transaction for both).
 */

/** Deletes a group: its cards go to the inbox and its people out of it, remembered for a restore. */
export async function removeGroup(trx: Trx, id: string, now: string): Promise<{ value: GroupDeleted; events: AppEvent[] }> {
  const group = await loadGroup(trx, id);
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
}

/** Brings a deleted group back, with its cards and people where they were (unless placed elsewhere since). */
export async function restoreGroup(trx: Trx, id: string, now: string): Promise<{ value: Group; events: AppEvent[] }> {
  const current = await loadGroup(trx, id, { deleted: true });
  if (current.region_code) {
    const workshop = await trx.selectFrom('workshops').selectAll().where('id', '=', current.workshop_id).executeTakeFirstOrThrow();
    assertInsideScope(current.region_code, workshopScope(workshop));
  }
  const row = await trx.updateTable('groups').set({ deleted_at: null, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  const { cards, participantIds } = await putBackRemovals(trx, id, now);
  const group = toGroup(row);
  const participants = await loadParticipants(trx, group.workshopId, participantIds);
  const events: AppEvent[] = [{ type: 'group.saved', group }, ...cardEvents(cards)];
  if (participants.length > 0) events.push({ type: 'participants.saved', workshopId: group.workshopId, participants });
  return { value: group, events };
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
