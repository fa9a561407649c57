import { AppError } from '#shared/errors.ts';
import type { VoteTotal } from '#shared/model.ts';
import { assertBoardOpen } from '../cards/board-access.ts';
import { write, type CoreContext, type Db } from '../context.ts';
import type { OpenDoor } from './door.ts';
import type { Device } from './listener.ts';

/** The phones' dots per round and card (every phone's dots added up). */
export async function phoneVoteTotals(db: Db, roundIds: readonly string[], cardIds?: readonly string[]): Promise<VoteTotal[]> {
  if (roundIds.length === 0) return [];
  let query = db
    .selectFrom('phone_votes')
    .select(['round_id', 'card_id', (eb) => eb.fn.sum<number>('dots').as('dots')])
    .where('round_id', 'in', roundIds)
    .where('dots', '>', 0)
    .groupBy(['round_id', 'card_id']);
  if (cardIds) query = query.where('card_id', 'in', cardIds);
  const rows = await query.execute();
  return rows.map((r) => ({ roundId: r.round_id, cardId: r.card_id, dots: Number(r.dots) }));
}

/**
 * One phone's dots on one card of the board's open vote. The vote's budget and one-dot cap
 * apply to each person, whatever the vote's scope: a phone is one voter.
 */
export async function votePhone(ctx: CoreContext, open: OpenDoor, device: Device, input: { roundId: string; cardId: string; dots: number }): Promise<Record<string, number>> {
  return write(ctx, async (trx) => {
    const round = await trx.selectFrom('vote_rounds').selectAll().where('id', '=', input.roundId).executeTakeFirst();
    if (!round || round.deleted_at !== null || round.session_id !== open.sessionId) throw new AppError('not_found', 'No such vote', { entity: 'vote' });
    if (round.closed_at !== null) throw new AppError('vote_closed', 'The vote is closed', { entity: 'vote' });
    assertBoardOpen(ctx, open.sessionId);
    const card = await trx.selectFrom('cards').select(['session_id', 'kind', 'hidden', 'deleted_at']).where('id', '=', input.cardId).executeTakeFirst();
    if (!card || card.deleted_at !== null || card.hidden === 1 || card.session_id !== open.sessionId) {
      throw new AppError('not_found', `Card ${input.cardId} not found`, { entity: 'card' });
    }
    if (round.card_kind !== null && card.kind !== round.card_kind) {
      throw new AppError('invalid_input', 'This vote is for another kind of card', { fields: [{ path: 'cardId', problem: 'invalid' }] });
    }
    if (round.one_per_card === 1 && input.dots > 1) throw new AppError('vote_card_limit', 'One dot per card', { entity: 'vote' });
    const mine = await trx.selectFrom('phone_votes').select(['card_id', 'dots']).where('round_id', '=', round.id).where('device_id', '=', device.id).execute();
    const elsewhere = mine.filter((v) => v.card_id !== input.cardId).reduce((sum, v) => sum + v.dots, 0);
    if (elsewhere + input.dots > round.budget) throw new AppError('vote_budget_exceeded', 'No dots left', { entity: 'vote' });
    const now = ctx.now();
    await trx
      .insertInto('phone_votes')
      .values({ round_id: round.id, card_id: input.cardId, device_id: device.id, participant_id: device.participantId, dots: input.dots, updated_at: now })
      .onConflict((oc) => oc.columns(['round_id', 'card_id', 'device_id']).doUpdateSet({ dots: input.dots, updated_at: now }))
      .execute();
    const myDots = Object.fromEntries(mine.filter((v) => v.card_id !== input.cardId && v.dots > 0).map((v) => [v.card_id, v.dots]));
    if (input.dots > 0) myDots[input.cardId] = input.dots;
    const [total] = await phoneVoteTotals(trx, [round.id], [input.cardId]);
    const votes = [total ?? { roundId: round.id, cardId: input.cardId, dots: 0 }];
    return { value: myDots, events: [{ type: 'phoneVotes.saved', sessionId: open.sessionId, votes }] };
  });
}
