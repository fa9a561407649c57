import { z } from 'zod';
import type { Vote, VoteRound, VoteVoters } from '../model.ts';
import { byId, cardKind, id, VOTE_BUDGET_MAX, voteBudgetScope, VOTERS_MAX } from '../schemas.ts';
import { method } from './method.ts';

export const voteMethods = {
  /** Opens a dot vote on a board; one open vote per board at a time. */
  'votes.open': method<VoteRound>()(
    z.strictObject({
      id,
      sessionId: id,
      budget: z.number().int().min(1).max(VOTE_BUDGET_MAX),
      budgetScope: voteBudgetScope,
      onePerCard: z.boolean().default(false),
      cardKind: cardKind.nullable().default(null),
    }),
  ),
  /** Closes the vote: from now on its results are shown and ranked. */
  'votes.close': method<VoteRound>()(byId),
  'votes.reopen': method<VoteRound>()(byId),
  /** Removes a vote with its dots (undo of opening it); can be restored. */
  'votes.delete': method<VoteRound>()(byId),
  'votes.restore': method<VoteRound>()(byId),
  /** How many dots a group has on a card: clicked one by one, or counted off the paper board. */
  'votes.set': method<Vote>()(
    z.strictObject({ roundId: id, cardId: id, groupId: id, dots: z.number().int().min(0).max(VOTE_BUDGET_MAX * VOTERS_MAX) }),
  ),
  /** How many people of a group vote in a per-participant vote. */
  'votes.setVoters': method<VoteVoters>()(
    z.strictObject({ roundId: id, groupId: id, voters: z.number().int().min(0).max(VOTERS_MAX) }),
  ),
};
