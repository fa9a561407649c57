import { AppError } from '#shared/errors.ts';
import { keyBetween } from '#shared/ordering.ts';
import type { CardRow } from '../db/schema.ts';
import type { Trx } from '../context.ts';

/**
 * Checks that a card may go into `groupId` of the given session, and returns the order key
 * that puts it right after `afterCardId` (`null`: first; `undefined`: last).
 */
export async function placeCard(
  trx: Trx,
  target: { workshopId: string; sessionId: string; groupId: string | null; afterCardId: string | null | undefined },
  movingCardId: string,
): Promise<string> {
  if (target.groupId !== null) {
    const group = await trx.selectFrom('groups').select('workshop_id').where('id', '=', target.groupId).executeTakeFirst();
    if (!group) throw new AppError('not_found', `Group ${target.groupId} not found`, { entity: 'group' });
    if (group.workshop_id !== target.workshopId) {
      throw new AppError('cross_workshop', 'The group belongs to another workshop', { entity: 'group' });
    }
  }
  const column = trx
    .selectFrom('cards')
    .select(['id', 'position'])
    .where('session_id', '=', target.sessionId)
    .where('group_id', target.groupId === null ? 'is' : '=', target.groupId)
    .where('deleted_at', 'is', null)
    .where('id', '!=', movingCardId);

  if (target.afterCardId === undefined) {
    const last = await column.orderBy('position', 'desc').orderBy('id', 'desc').executeTakeFirst();
    return keyBetween(last?.position ?? null, null);
  }
  if (target.afterCardId === null) {
    const first = await column.orderBy('position').orderBy('id').executeTakeFirst();
    return keyBetween(null, first?.position ?? null);
  }
  const after = await column.where('id', '=', target.afterCardId).executeTakeFirst();
  if (!after) {
    // The caller's view of the column is stale (the card moved or was deleted meanwhile).
    throw new AppError('conflict', `Card ${target.afterCardId} is not in the target group`, { entity: 'card' });
  }
  const next = await column.where('position', '>', after.position).orderBy('position').orderBy('id').executeTakeFirst();
  return keyBetween(after.position, next?.position ?? null);
}

/** Cards on a locked board (after its session) cannot change until it is unlocked. */
export async function assertBoardOpen(trx: Trx, sessionId: string): Promise<void> {
  const session = await trx.selectFrom('sessions').select('locked_at').where('id', '=', sessionId).executeTakeFirst();
  if (!session) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
  if (session.locked_at !== null) throw new AppError('board_locked', 'The board is locked', { entity: 'session' });
}

export async function loadCard(trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<CardRow> {
  const row = await trx.selectFrom('cards').selectAll().where('id', '=', id).executeTakeFirst();
  const wantDeleted = options.deleted ?? false;
  if (!row || (row.deleted_at !== null) !== wantDeleted) {
    throw new AppError('not_found', `Card ${id} not found`, { entity: 'card' });
  }
  return row;
}
