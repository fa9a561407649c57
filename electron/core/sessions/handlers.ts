import type { sessionMethods } from '#shared/methods/sessions.ts';
import { AppError } from '#shared/errors.ts';
import type { HandlerMap } from '../handler-types.ts';
import { toCard } from '../cards/rows.ts';
import { toSession } from './rows.ts';

export const sessionHandlers: HandlerMap<keyof typeof sessionMethods> = {
  async 'sessions.board'({ id }, { db }) {
    const session = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!session) throw new AppError('not_found', `Session ${id} not found`, { entity: 'session' });
    const cards = await db
      .selectFrom('cards')
      .selectAll()
      .where('session_id', '=', id)
      .where('deleted_at', 'is', null)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return { session: toSession(session), cards: cards.map(toCard) };
  },
};
