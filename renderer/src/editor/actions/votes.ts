import type { MethodInput } from '#shared/api.ts';
import type { Vote, VoteRound, VoteVoters } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import { voteKey, votersKey } from '../board/board-state.ts';
import type { StepLabel } from '../history.ts';
import { run, type MutationFactory } from '../runner.ts';

/**
 * Dot voting from the facilitator's laptop: open a vote, enter each group's dots (clicked one by
 * one, or counted off the paper board), close it to show the results. Every step undoes.
 */
export async function openVote(editor: BoardEditor, rules: Omit<MethodInput<'votes.open'>, 'id' | 'sessionId'>): Promise<string | undefined> {
  const id = crypto.randomUUID();
  const saved = await run<VoteRound>(() => ({
    label: 'openVote',
    save: () => call('votes.open', { id, sessionId: editor.sessionId, ...rules }),
    reconcile: (round) => editor.voteRounds.accept([round]),
    inverse: () => roundChange(editor, id, 'votes.delete', 'votes.restore', 'openVote'),
  }));
  return saved?.id;
}

export function closeVote(editor: BoardEditor, id: string) {
  return run(roundChange(editor, id, 'votes.close', 'votes.reopen', 'closeVote'));
}

export function reopenVote(editor: BoardEditor, id: string) {
  return run(roundChange(editor, id, 'votes.reopen', 'votes.close', 'reopenVote'));
}

/** Removes a vote and its dots (a vote opened by mistake); undone by restoring it. */
export function deleteVote(editor: BoardEditor, id: string) {
  return run(roundChange(editor, id, 'votes.delete', 'votes.restore', 'deleteVote'));
}

type RoundMethod = 'votes.close' | 'votes.reopen' | 'votes.delete' | 'votes.restore';

function roundChange(editor: BoardEditor, id: string, method: RoundMethod, inverse: RoundMethod, label: StepLabel): MutationFactory<VoteRound> {
  return () => ({
    label,
    save: () => call(method, { id }),
    reconcile: (round) => editor.voteRounds.accept([round]),
    inverse: () => roundChange(editor, id, inverse, method, label),
  });
}

export function dotsOf(editor: BoardEditor, roundId: string, cardId: string, groupId: string): number {
  return editor.votes.get(voteKey({ roundId, cardId, groupId }))?.dots ?? 0;
}

/** Sets how many dots a group has on a card (the core refuses beyond its budget, with a message). */
export function setDots(editor: BoardEditor, roundId: string, cardId: string, groupId: string, dots: number) {
  return run(dotsChange(editor, { roundId, cardId, groupId }, dots));
}

function dotsChange(editor: BoardEditor, at: Pick<Vote, 'roundId' | 'cardId' | 'groupId'>, dots: number): MutationFactory<Vote> {
  return () => {
    const before = dotsOf(editor, at.roundId, at.cardId, at.groupId);
    if (before === dots || dots < 0) return null;
    const shown = editor.votes.get(voteKey(at)) ?? { ...at, dots: 0, revision: 0 };
    return {
      label: 'vote',
      preview: (draft) => draft.show(editor.votes, [{ ...shown, dots }]),
      save: () => call('votes.set', { ...at, dots }),
      reconcile: (vote) => editor.votes.accept([vote]),
      inverse: () => dotsChange(editor, at, before),
    };
  };
}

/** How many people of a group vote, in a per-participant vote. */
export function setVoters(editor: BoardEditor, roundId: string, groupId: string, voters: number) {
  return run(votersChange(editor, roundId, groupId, voters));
}

function votersChange(editor: BoardEditor, roundId: string, groupId: string, voters: number): MutationFactory<VoteVoters> {
  return () => {
    const current = editor.voteVoters.get(votersKey({ roundId, groupId })) ?? { roundId, groupId, voters: 0, revision: 0 };
    if (current.voters === voters) return null;
    return {
      label: 'voters',
      preview: (draft) => draft.show(editor.voteVoters, [{ ...current, voters }]),
      save: () => call('votes.setVoters', { roundId, groupId, voters }),
      reconcile: (saved) => editor.voteVoters.accept([saved]),
      inverse: () => votersChange(editor, roundId, groupId, current.voters),
    };
  };
}
