import { setBoardLocked, setLayout, timer } from '../../../state/session-actions.ts';
import { getState } from '../../../state/store.ts';
import { runUndo } from '../../shell/history.ts';
import { INBOX } from '../model/cells.ts';
import { enterProjector } from '../projector/projector.ts';
import { boardUi, clearSelection, setBoardUi } from '../ui-state.ts';
import { focusColumn, neighbourColumn } from './focus.ts';
import { registerCommands } from './registry.ts';

registerCommands([
  { id: 'undo', keys: ['Ctrl+Z'], scope: 'global', section: 'history', perform: () => void runUndo('undo') },
  { id: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], scope: 'global', section: 'history', perform: () => void runUndo('redo') },
  {
    id: 'newCard',
    keys: ['N'],
    scope: 'board',
    section: 'capture',
    changesBoard: true,
    perform: (ctx) => void (focusColumn(ctx.columnKey ?? INBOX) || focusColumn(neighbourColumn(null, 1) ?? INBOX)),
  },
  { id: 'nextColumn', keys: ['Alt+ArrowRight'], scope: 'board', section: 'capture', whileTyping: true, perform: (ctx) => void focusColumn(neighbourColumn(ctx.columnKey, 1) ?? INBOX) },
  { id: 'previousColumn', keys: ['Alt+ArrowLeft'], scope: 'board', section: 'capture', whileTyping: true, perform: (ctx) => void focusColumn(neighbourColumn(ctx.columnKey, -1) ?? INBOX) },
  { id: 'pasteLines', keys: ['Ctrl+V'], scope: 'board', section: 'capture', changesBoard: true },
  { id: 'search', keys: ['/', 'Ctrl+F'], scope: 'board', section: 'view', perform: () => document.getElementById('board-search')?.focus() },
  {
    id: 'clear',
    keys: ['Escape'],
    scope: 'board',
    section: 'sort',
    whileTyping: false,
    when: () => {
      const ui = boardUi();
      return ui.selection.length > 0 || ui.linkFrom !== null || ui.chainOf !== null || ui.menu !== null;
    },
    perform: () => {
      clearSelection();
      setBoardUi({ linkFrom: null, chainOf: null, menu: null });
    },
  },
  { id: 'votePanel', keys: ['V'], scope: 'board', section: 'vote', perform: () => setBoardUi((s) => ({ panel: s.panel === 'vote' ? null : 'vote' })) },
  {
    id: 'timerToggle',
    keys: ['Shift+T'],
    scope: 'board',
    section: 'view',
    perform: (ctx) => {
      const running = getState().sessions[ctx.session.id]?.timer.endsAt !== null;
      void timer({ method: running ? 'timer.pause' : 'timer.start', sessionId: ctx.session.id });
    },
  },
  { id: 'projector', keys: ['P'], scope: 'board', section: 'view', perform: () => enterProjector() },
  { id: 'help', keys: ['?'], scope: 'board', section: 'view', perform: () => setBoardUi((s) => ({ helpOpen: !s.helpOpen })) },
  { id: 'layoutGroups', keys: [], scope: 'board', section: 'view', perform: (ctx) => setLayout(ctx.session.id, 'groups') },
  { id: 'layoutGrid', keys: [], scope: 'board', section: 'view', perform: (ctx) => setLayout(ctx.session.id, 'grid') },
  { id: 'layoutKinds', keys: [], scope: 'board', section: 'view', perform: (ctx) => setLayout(ctx.session.id, 'kinds') },
  { id: 'lock', keys: [], scope: 'board', section: 'view', when: (ctx) => !ctx.locked, perform: (ctx) => setBoardLocked(ctx.session.id, true) },
  { id: 'unlock', keys: [], scope: 'board', section: 'view', when: (ctx) => ctx.locked, perform: (ctx) => setBoardLocked(ctx.session.id, false) },
]);
