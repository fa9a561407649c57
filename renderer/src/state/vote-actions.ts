import type { MethodInput } from '#shared/api.ts';
import type { Vote, VoteRound } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { getState, setState, upsertVoteRounds, upsertVotes, voteKey, votersKey } from './store.ts';
import { recordStep } from './undo.ts';

/**
 * Dot voting from the facilitator's laptop: open a vote, enter each group's dots (clicked one by
 * one, or counted off the paper board), close it to show the results. Every step undoes.
 */
export async function openVote(sessionId: string, rules: Omit<MethodInput<'votes.open'>, 'id' | 'sessionId'>): Promise<string | null> {
  const id = crypto.randomUUID();
  try {
    upsertVoteRounds([await call('votes.open', { id, sessionId, ...rules })]);
    recordStep({
      action: 'openVote',
      undo: async () => upsertVoteRounds([await call('votes.delete', { id })]),
      redo: async () => upsertVoteRounds([await call('votes.restore', { id })]),
    });
    return id;
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export async function closeVote(id: string): Promise<void> {
  await changeRound(id, 'votes.close', 'votes.reopen', 'closeVote');
}

export async function reopenVote(id: string): Promise<void> {
  await changeRound(id, 'votes.reopen', 'votes.close', 'reopenVote');
}

/** Removes a vote and its dots (for a vote opened by mistake); undone by restoring it. */
export async function deleteVote(id: string): Promise<void> {
  await changeRound(id, 'votes.delete', 'votes.restore', 'deleteVote');
}

type RoundMethod = 'votes.close' | 'votes.reopen' | 'votes.delete' | 'votes.restore';

async function changeRound(id: string, method: RoundMethod, inverse: RoundMethod, action: 'closeVote' | 'reopenVote' | 'deleteVote') {
  const before: VoteRound | undefined = getState().voteRounds[id];
  if (!before) return;
  try {
    upsertVoteRounds([await call(method, { id })]);
    recordStep({
      action,
      undo: async () => upsertVoteRounds([await call(inverse, { id })]),
      redo: async () => upsertVoteRounds([await call(method, { id })]),
    });
  } catch (error) {
    upsertVoteRounds([before]);
    notifyError(error);
  }
}

export function dotsOf(roundId: string, cardId: string, groupId: string): number {
  return getState().votes[voteKey({ roundId, cardId, groupId })]?.dots ?? 0;
}

/** Sets how many dots a group has on a card (the core refuses beyond its budget, with a message). */
export async function setDots(roundId: string, cardId: string, groupId: string, dots: number): Promise<boolean> {
  const before: Vote = { roundId, cardId, groupId, dots: dotsOf(roundId, cardId, groupId), revision: 0 };
  if (before.dots === dots || dots < 0) return false;
  upsertVotes([{ ...before, dots }]);
  try {
    upsertVotes([await call('votes.set', { roundId, cardId, groupId, dots })]);
    recordStep({
      action: 'vote',
      undo: async () => upsertVotes([await call('votes.set', { roundId, cardId, groupId, dots: before.dots })]),
      redo: async () => upsertVotes([await call('votes.set', { roundId, cardId, groupId, dots })]),
    });
    return true;
  } catch (error) {
    upsertVotes([before]);
    notifyError(error);
    return false;
  }
}

export function addDot(roundId: string, cardId: string, groupId: string, delta: 1 | -1 = 1): Promise<boolean> {
  return setDots(roundId, cardId, groupId, dotsOf(roundId, cardId, groupId) + delta);
}

/** How many people of a group vote, in a per-participant vote. */
export async function setVoters(roundId: string, groupId: string, voters: number): Promise<boolean> {
  const previous = getState().voteVoters[votersKey({ roundId, groupId })];
  const before = { roundId, groupId, voters: previous?.voters ?? 0, revision: 0 };
  if (before.voters === voters) return false;
  upsertVotes([], [{ roundId, groupId, voters, revision: 0 }]);
  try {
    upsertVotes([], [await call('votes.setVoters', { roundId, groupId, voters })]);
    recordStep({
      action: 'voters',
      undo: async () => upsertVotes([], [await call('votes.setVoters', { roundId, groupId, voters: before.voters })]),
      redo: async () => upsertVotes([], [await call('votes.setVoters', { roundId, groupId, voters })]),
    });
    return true;
  } catch (error) {
    if (previous) upsertVotes([], [previous]);
    else setState((s) => ({ voteVoters: Object.fromEntries(Object.entries(s.voteVoters).filter(([k]) => k !== votersKey(before))) }));
    notifyError(error);
    return false;
  }
}
