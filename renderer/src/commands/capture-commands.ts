import { addCards } from '../editor/actions/cards.ts';
import { focusColumn, neighbourColumn } from '../editor/board/focus.ts';
import { INBOX } from '../editor/board/view.ts';
import { registerCommands, type BoardContext } from './registry.ts';

/** Writing cards at the speed of speech: capture fields, columns, kinds. */
registerCommands([
  {
    id: 'newCard',
    keys: ['N'],
    scope: 'board',
    section: 'capture',
    changesBoard: true,
    perform: ({ editor, columnKey }) => focusColumn(editor, columnKey ?? INBOX) || focusColumn(editor, editor.view()?.columns[0]?.key ?? INBOX),
  },
  { id: 'nextColumn', keys: ['Alt+ArrowRight'], scope: 'board', section: 'capture', whileTyping: true, perform: (ctx) => stepColumn(ctx, 1) },
  { id: 'previousColumn', keys: ['Alt+ArrowLeft'], scope: 'board', section: 'capture', whileTyping: true, perform: (ctx) => stepColumn(ctx, -1) },
  // Enter in a capture field: the field is ready for the next card at once.
  { id: 'addCard', scope: 'board', section: 'capture', changesBoard: true, perform: ({ editor }, { column, text }) => addCards(editor, column, [text]) },
  {
    id: 'pasteLines',
    keys: ['Ctrl+V'],
    keysElsewhere: true,
    scope: 'board',
    section: 'capture',
    changesBoard: true,
    perform: ({ editor }, { column, lines }) => addCards(editor, column, lines),
  },
  {
    id: 'captureKind',
    keys: ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6', 'Alt+7', 'Alt+8', 'Alt+9'],
    scope: 'board',
    section: 'capture',
    whileTyping: true,
    when: (ctx) => captureKinds(ctx).length > 1 && (ctx.key === null || keyedKind(ctx) !== undefined),
    perform: (ctx, args) => ctx.editor.setUi({ captureKind: args?.kindKey ?? keyedKind(ctx)! }),
  },
  { id: 'captureTag', scope: 'board', section: 'capture', perform: ({ editor }, { tag }) => editor.setUi({ captureTag: tag }) },
]);

function stepColumn({ editor, columnKey }: BoardContext, step: 1 | -1) {
  const view = editor.view();
  const next = view && neighbourColumn(view, columnKey, step);
  return next ? focusColumn(editor, next) : false;
}

/** The kinds a capture field can write here (none to choose between when columns are kinds). */
function captureKinds({ editor }: BoardContext) {
  const view = editor.view();
  return view && view.layout !== 'kinds' ? view.kinds : [];
}

/** Alt+2: the second kind. */
function keyedKind(ctx: BoardContext): string | undefined {
  const digit = Number.parseInt(ctx.key?.split('+').at(-1) ?? '', 10);
  return captureKinds(ctx)[digit - 1]?.key;
}
