import type { CardKind, Vote, VoteBudgetScope, VoteRound, VoteVoters } from '#shared/model.ts';
import type { VoteRoundRow, VoteRow, VoteVotersRow } from '../db/schema.ts';

export function toVoteRound(row: VoteRoundRow): VoteRound {
  return {
    id: row.id,
    sessionId: row.session_id,
    budget: row.budget,
    budgetScope: row.budget_scope as VoteBudgetScope,
    onePerCard: row.one_per_card === 1,
    cardKind: row.card_kind as CardKind | null,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}

export function toVote(row: VoteRow): Vote {
  return { roundId: row.round_id, cardId: row.card_id, groupId: row.group_id, dots: row.dots, revision: row.revision };
}

export function toVoteVoters(row: VoteVotersRow): VoteVoters {
  return { roundId: row.round_id, groupId: row.group_id, voters: row.voters, revision: row.revision };
}
