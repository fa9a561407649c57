import type { voteMethods } from '#shared/methods/votes.ts';
import { AppError } from '#shared/errors.ts';
import type { VoteRound } from '#shared/model.ts';
import { cardLimit, dotsUsed, groupBudget } from '#shared/voting.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { VoteRoundRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, loadCard } from '../cards/board-access.ts';
import { toVote, toVoteRound, toVoteVoters } from './rows.ts';

/**
 * Dot voting. The facilitator enters each group's dots (clicked, or counted off the paper
 * board); the core refuses dots beyond a group's budget or the per-card limit, so the totals a
 * report ranks are always within the rules the room agreed on.
 */
export const voteHandlers: HandlerMap<keyof typeof voteMethods> = {
  async 'votes.open'(input, ctx) {
    return saveRound(ctx, async (trx) => {
      assertBoardOpen(ctx, input.sessionId);
      const existing = await trx.selectFrom('vote_rounds').select('id').where('id', '=', input.id).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Vote ${input.id} already exists`, { entity: 'vote' });
      await assertNoOtherOpen(trx, input.sessionId, input.id);
      const now = ctx.now();
      return trx
        .insertInto('vote_rounds')
        .values({
          id: input.id,
          session_id: input.sessionId,
          budget: input.budget,
          budget_scope: input.budgetScope,
          one_per_card: input.onePerCard ? 1 : 0,
          card_kind: input.cardKind,
          opened_at: now,
          closed_at: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'votes.close'({ id }, ctx) {
    return saveRound(ctx, async (trx) => {
      const round = await loadRound(ctx, trx, id);
      const now = ctx.now();
      return trx.updateTable('vote_rounds').set({ closed_at: round.closed_at ?? now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'votes.reopen'({ id }, ctx) {
    return saveRound(ctx, async (trx) => {
      const round = await loadRound(ctx, trx, id);
      await assertNoOtherOpen(trx, round.session_id, id);
      return trx.updateTable('vote_rounds').set({ closed_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'votes.delete'({ id }, ctx) {
    return saveRound(ctx, async (trx) => {
      await loadRound(ctx, trx, id);
      const now = ctx.now();
      return trx.updateTable('vote_rounds').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'votes.restore'({ id }, ctx) {
    return saveRound(ctx, async (trx) => {
      const round = await loadRound(ctx, trx, id, { deleted: true });
      if (round.closed_at === null) await assertNoOtherOpen(trx, round.session_id, id);
      return trx.updateTable('vote_rounds').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'votes.set'({ roundId, cardId, groupId, dots }, ctx) {
    return write(ctx, async (trx) => {
      const round = toVoteRound(await loadOpenRound(ctx, trx, roundId));
      const card = loadCard(ctx, cardId);
      if (card.session_id !== round.sessionId) throw new AppError('cross_workshop', 'The card is on another board', { entity: 'card' });
      if (round.cardKind !== null && card.kind !== round.cardKind) {
        throw new AppError('invalid_input', 'This vote is for another kind of card', { fields: [{ path: 'cardId', problem: 'invalid' }] });
      }
      await assertGroupOfWorkshop(trx, groupId, card.workshop_id);
      const voters = round.budgetScope === 'participant' ? await votersOf(trx, roundId, groupId) : 1;
      if (dots > 0 && voters === 0) throw new AppError('vote_no_voters', 'Say first how many people vote for this group', { entity: 'group' });
      const limit = cardLimit(round, voters);
      if (limit !== null && dots > limit) throw new AppError('vote_card_limit', `At most ${limit} dots per card`, { entity: 'vote' });
      const ballot = (await trx.selectFrom('votes').selectAll().where('round_id', '=', roundId).where('group_id', '=', groupId).execute()).map(toVote);
      if (dotsUsed(ballot, roundId, groupId, cardId) + dots > groupBudget(round, voters)) {
        throw new AppError('vote_budget_exceeded', 'No dots left for this group', { entity: 'group' });
      }
      const now = ctx.now();
      const row = await trx
        .insertInto('votes')
        .values({ round_id: roundId, card_id: cardId, group_id: groupId, dots, updated_at: now })
        .onConflict((oc) => oc.columns(['round_id', 'card_id', 'group_id']).doUpdateSet({ dots, updated_at: now }))
        .returningAll()
        .executeTakeFirstOrThrow();
      const vote = toVote(row);
      return { value: vote, events: [{ type: 'votes.saved', sessionId: round.sessionId, votes: [vote], voters: [] }] };
    });
  },

  async 'votes.setVoters'({ roundId, groupId, voters }, ctx) {
    return write(ctx, async (trx) => {
      const round = toVoteRound(await loadOpenRound(ctx, trx, roundId));
      const session = assertBoardOpen(ctx, round.sessionId);
      await assertGroupOfWorkshop(trx, groupId, session.workshop_id);
      // Fewer voters must still cover the dots already placed.
      const ballot = (await trx.selectFrom('votes').selectAll().where('round_id', '=', roundId).where('group_id', '=', groupId).execute()).map(toVote);
      const limit = cardLimit(round, voters);
      if (dotsUsed(ballot, roundId, groupId) > groupBudget(round, voters) || (limit !== null && ballot.some((v) => v.dots > limit))) {
        throw new AppError('vote_budget_exceeded', 'The group already placed more dots than that', { entity: 'group' });
      }
      const now = ctx.now();
      const row = await trx
        .insertInto('vote_voters')
        .values({ round_id: roundId, group_id: groupId, voters, updated_at: now })
        .onConflict((oc) => oc.columns(['round_id', 'group_id']).doUpdateSet({ voters, updated_at: now }))
        .returningAll()
        .executeTakeFirstOrThrow();
      const saved = toVoteVoters(row);
      return { value: saved, events: [{ type: 'votes.saved', sessionId: round.sessionId, votes: [], voters: [saved] }] };
    });
  },
};

async function votersOf(trx: Trx, roundId: string, groupId: string): Promise<number> {
  const row = await trx.selectFrom('vote_voters').select('voters').where('round_id', '=', roundId).where('group_id', '=', groupId).executeTakeFirst();
  return row?.voters ?? 0;
}

async function assertGroupOfWorkshop(trx: Trx, groupId: string, workshopId: string) {
  const group = await trx.selectFrom('groups').select('workshop_id').where('id', '=', groupId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!group) throw new AppError('not_found', `Group ${groupId} not found`, { entity: 'group' });
  if (group.workshop_id !== workshopId) throw new AppError('cross_workshop', 'The group belongs to another workshop', { entity: 'group' });
}

async function assertNoOtherOpen(trx: Trx, sessionId: string, exceptId: string) {
  const open = await trx
    .selectFrom('vote_rounds')
    .select('id')
    .where('session_id', '=', sessionId)
    .where('closed_at', 'is', null)
    .where('deleted_at', 'is', null)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
  if (open) throw new AppError('vote_already_open', 'Another vote is open on this board', { entity: 'vote' });
}

async function loadRound(ctx: CoreContext, trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<VoteRoundRow> {
  const row = await trx.selectFrom('vote_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Vote ${id} not found`, { entity: 'vote' });
  assertBoardOpen(ctx, row.session_id);
  return row;
}

async function loadOpenRound(ctx: CoreContext, trx: Trx, id: string): Promise<VoteRoundRow> {
  const row = await loadRound(ctx, trx, id);
  if (row.closed_at !== null) throw new AppError('vote_closed', 'The vote is closed', { entity: 'vote' });
  return row;
}

async function saveRound(ctx: CoreContext, change: (trx: Trx) => Promise<VoteRoundRow>): Promise<VoteRound> {
  return write(ctx, async (trx) => {
    const round = toVoteRound(await change(trx));
    return { value: round, events: [{ type: 'voteRounds.saved', sessionId: round.sessionId, rounds: [round] }] };
  });
}
