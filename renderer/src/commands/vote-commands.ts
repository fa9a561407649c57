import { closeVote, deleteVote, dotsOf, openVote, reopenVote, setDots, setVoters } from '../editor/actions/votes.ts';
import { registerCommands, type BoardContext } from './registry.ts';

/** Dot voting: the panel, the dots of the chosen group on the focused card, the vote itself. */
registerCommands([
  { id: 'votePanel', keys: ['V'], scope: 'board', section: 'vote', perform: ({ editor }) => editor.setUi((ui) => ({ panel: ui.panel === 'vote' ? null : 'vote' })) },
  { id: 'addDot', keys: ['+', '='], scope: 'card', section: 'vote', changesBoard: true, when: canVote, perform: (ctx) => stepDots(ctx, 1) },
  { id: 'removeDot', keys: ['-'], scope: 'card', section: 'vote', changesBoard: true, when: canVote, perform: (ctx) => stepDots(ctx, -1) },
  {
    id: 'setDots',
    scope: 'board',
    section: 'vote',
    changesBoard: true,
    perform: ({ editor }, { roundId, cardId, groupId, dots }) => setDots(editor, roundId, cardId, groupId, dots),
  },
  { id: 'voterGroup', scope: 'board', section: 'vote', perform: ({ editor }, { groupId }) => editor.setUi({ voterGroupId: groupId }) },
  { id: 'setVoters', scope: 'board', section: 'vote', changesBoard: true, perform: ({ editor }, { roundId, groupId, voters }) => setVoters(editor, roundId, groupId, voters) },
  { id: 'openVote', scope: 'board', section: 'vote', changesBoard: true, perform: ({ editor }, rules) => openVote(editor, rules) },
  { id: 'closeVote', scope: 'board', section: 'vote', changesBoard: true, perform: ({ editor }, { roundId }) => closeVote(editor, roundId) },
  { id: 'reopenVote', scope: 'board', section: 'vote', changesBoard: true, perform: ({ editor }, { roundId }) => reopenVote(editor, roundId) },
  { id: 'deleteVote', scope: 'board', section: 'vote', changesBoard: true, perform: ({ editor }, { roundId }) => deleteVote(editor, roundId) },
]);

function canVote({ editor }: BoardContext): boolean {
  return editor.openRound() !== null && editor.ui.voterGroupId !== null;
}

function stepDots({ editor, cardId }: BoardContext, step: 1 | -1) {
  const round = editor.openRound()!;
  const groupId = editor.ui.voterGroupId!;
  return setDots(editor, round.id, cardId!, groupId, dotsOf(editor, round.id, cardId!, groupId) + step);
}
