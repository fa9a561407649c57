import type { cardMethods } from '#shared/methods/cards.ts';
import { AppError } from '#shared/errors.ts';
import type { Card } from '#shared/model.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { CardRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, loadCard, placeCard } from './placement.ts';
import { toCard } from './rows.ts';

export const cardHandlers: HandlerMap<keyof typeof cardMethods> = {
  async 'cards.create'(input, ctx) {
    return saveCard(ctx, async (trx) => {
      const session = await trx.selectFrom('sessions').select(['workshop_id', 'locked_at']).where('id', '=', input.sessionId).executeTakeFirst();
      if (!session) throw new AppError('not_found', `Session ${input.sessionId} not found`, { entity: 'session' });
      if (session.locked_at !== null) throw new AppError('board_locked', 'The board is locked', { entity: 'session' });
      const existing = await trx.selectFrom('cards').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (existing) {
        // A retried call (the answer was lost on the way back) gets the card it already made.
        if (existing.session_id === input.sessionId && existing.text === input.text) return existing;
        throw new AppError('conflict', `Card ${input.id} already exists`, { entity: 'card' });
      }
      const target = { workshopId: session.workshop_id, sessionId: input.sessionId, groupId: input.groupId, afterCardId: input.afterCardId };
      const now = ctx.now();
      return trx
        .insertInto('cards')
        .values({
          id: input.id,
          workshop_id: session.workshop_id,
          session_id: input.sessionId,
          group_id: input.groupId,
          kind: input.kind,
          text: input.text,
          position: await placeCard(trx, target, input.id),
          tag: input.tag ?? null,
          author: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'cards.update'(input, ctx) {
    return saveCard(ctx, async (trx) => {
      const current = await loadCard(trx, input.id);
      await assertBoardOpen(trx, current.session_id);
      return trx
        .updateTable('cards')
        .set({
          text: input.text ?? current.text,
          kind: input.kind ?? current.kind,
          tag: input.tag === undefined ? current.tag : input.tag,
          updated_at: ctx.now(),
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'cards.move'(input, ctx) {
    return saveCard(ctx, async (trx) => {
      const current = await loadCard(trx, input.id);
      await assertBoardOpen(trx, current.session_id);
      const target = { workshopId: current.workshop_id, sessionId: current.session_id, groupId: input.groupId, afterCardId: input.afterCardId };
      const position = await placeCard(trx, target, input.id);
      return trx
        .updateTable('cards')
        .set({ group_id: input.groupId, position, updated_at: ctx.now() })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'cards.delete'({ id }, ctx) {
    return saveCard(ctx, async (trx) => {
      const current = await loadCard(trx, id);
      await assertBoardOpen(trx, current.session_id);
      const now = ctx.now();
      return trx
        .updateTable('cards')
        .set({ deleted_at: now, updated_at: now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'cards.restore'({ id }, ctx) {
    return saveCard(ctx, async (trx) => {
      const current = await loadCard(trx, id, { deleted: true });
      await assertBoardOpen(trx, current.session_id);
      return trx
        .updateTable('cards')
        .set({ deleted_at: null, updated_at: ctx.now() })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },
};

/** Every card change commits one row and announces it. */
async function saveCard(ctx: CoreContext, change: (trx: Trx) => Promise<CardRow>): Promise<Card> {
  return write(ctx, async (trx) => {
    const card = toCard(await change(trx));
    return { value: card, events: [{ type: 'cards.saved', sessionId: card.sessionId, cards: [card] }] };
  });
}
