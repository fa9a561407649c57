import { dissolveCluster, mergeCards, renameCluster } from '../editor/actions/clusters.ts';
import { moveCards } from '../editor/actions/moves.ts';
import { targetCards } from './card-commands.ts';
import { registerCommands, type BoardContext } from './registry.ts';

/** Sorting the board: select, move (drops, keys, "move to"), merge duplicates, let go. */
registerCommands([
  { id: 'select', keys: ['X'], scope: 'card', section: 'sort', inMenu: true, perform: ({ editor, cardId }) => editor.toggleSelected(cardId!) },
  { id: 'pickUp', keys: ['Space'], keysElsewhere: true, scope: 'card', section: 'sort', changesBoard: true },
  { id: 'moveTo', keys: ['G'], scope: 'card', section: 'sort', inMenu: true, changesBoard: true, perform: ({ editor, cardId }) => editor.setUi({ menu: { cardId: cardId!, view: 'move' } }) },
  {
    // A drop, or a column chosen in "move to": one save, one undo step; a selection carried along is done with.
    id: 'moveCards',
    scope: 'board',
    section: 'sort',
    changesBoard: true,
    perform: ({ editor }, { ids, to }) => {
      if (ids.some((id) => editor.ui.selection.includes(id))) editor.clearSelection();
      return moveCards(editor, ids, to);
    },
  },
  {
    id: 'merge',
    keys: ['M'],
    scope: 'card',
    section: 'sort',
    inMenu: true,
    changesBoard: true,
    when: (ctx) => targetCards(ctx).length >= 2,
    // The focused card is the one the others merge into; the rest follow in board order.
    perform: (ctx) => ctx.editor.setUi({ merging: withFirst(ctx.cardId, targetCards(ctx)), menu: null }),
  },
  {
    id: 'mergeCards',
    scope: 'board',
    section: 'sort',
    changesBoard: true,
    perform: async ({ editor }, { ids, title }) => {
      editor.setUi({ merging: null });
      const clusterId = await mergeCards(editor, ids, title);
      if (clusterId) editor.clearSelection();
      return clusterId;
    },
  },
  {
    id: 'dissolve',
    keys: ['Shift+M'],
    scope: 'card',
    section: 'sort',
    inMenu: true,
    changesBoard: true,
    when: (ctx) => clusterOf(ctx) !== null,
    perform: (ctx, args) => dissolveCluster(ctx.editor, args?.clusterId ?? clusterOf(ctx)!),
  },
  { id: 'renameCluster', scope: 'board', section: 'sort', changesBoard: true, perform: ({ editor }, { clusterId, title }) => renameCluster(editor, clusterId, title) },
  {
    id: 'clear',
    keys: ['Escape'],
    scope: 'board',
    section: 'sort',
    when: ({ editor }) => {
      const ui = editor.ui;
      return ui.selection.length > 0 || ui.linkFrom !== null || ui.chainOf !== null || ui.menu !== null;
    },
    perform: ({ editor }) => editor.setUi({ selection: [], linkFrom: null, chainOf: null, menu: null }),
  },
]);

function withFirst(first: string | null, ids: string[]): string[] {
  return first && ids.includes(first) ? [first, ...ids.filter((id) => id !== first)] : ids;
}

/** The live cluster of the focused card. */
function clusterOf({ editor, cardId }: BoardContext): string | null {
  const clusterId = cardId ? editor.liveCard(cardId)?.clusterId : null;
  return clusterId && editor.clusters.get(clusterId)?.deletedAt === null ? clusterId : null;
}
