import { addGroup } from '../editor/actions/groups.ts';
import { createKind, deleteKind, updateKind } from '../editor/actions/kinds.ts';
import { setBoardLocked, setLayout, timer, updateSession } from '../editor/actions/sessions.ts';
import { enterProjector } from './projector.ts';
import { registerCommands } from './registry.ts';

/** The board as a whole: how it is laid out and shown, its timer, question, lock and own kinds. */
registerCommands([
  { id: 'search', keys: ['/', 'Ctrl+F'], scope: 'board', section: 'view', perform: ({ editor }) => editor.focusOn({ kind: 'search' }) },
  {
    id: 'timerToggle',
    keys: ['Shift+T'],
    scope: 'board',
    section: 'view',
    perform: ({ session }) => timer({ method: session.timer.endsAt !== null ? 'timer.pause' : 'timer.start', sessionId: session.id }),
  },
  { id: 'timerAdd', scope: 'board', section: 'view', perform: ({ session }) => timer({ method: 'timer.add', sessionId: session.id, seconds: 60 }) },
  { id: 'timerReset', scope: 'board', section: 'view', perform: ({ session }) => timer({ method: 'timer.reset', sessionId: session.id }) },
  { id: 'timerSet', scope: 'board', section: 'view', perform: ({ session }, { seconds }) => timer({ method: 'timer.set', sessionId: session.id, seconds }) },
  { id: 'projector', keys: ['P'], scope: 'board', section: 'view', perform: ({ editor }) => enterProjector(editor) },
  { id: 'help', keys: ['?'], scope: 'board', section: 'view', perform: ({ editor }) => editor.setUi((ui) => ({ helpOpen: !ui.helpOpen })) },
  { id: 'layoutGroups', scope: 'board', section: 'view', perform: ({ session }) => setLayout(session.id, 'groups') },
  { id: 'layoutGrid', scope: 'board', section: 'view', perform: ({ session }) => setLayout(session.id, 'grid') },
  { id: 'layoutKinds', scope: 'board', section: 'view', perform: ({ session }) => setLayout(session.id, 'kinds') },
  { id: 'lock', scope: 'board', section: 'view', when: (ctx) => !ctx.locked, perform: ({ session }) => setBoardLocked(session.id, true) },
  { id: 'unlock', scope: 'board', section: 'view', when: (ctx) => ctx.locked, perform: ({ session }) => setBoardLocked(session.id, false) },
  { id: 'saveQuestion', scope: 'board', section: 'view', changesBoard: true, perform: ({ session }, { question }) => updateSession(session.id, { question }, 'question') },
  { id: 'kindsPanel', scope: 'board', section: 'view', perform: ({ editor }) => editor.setUi((ui) => ({ panel: ui.panel === 'kinds' ? null : 'kinds' })) },
  { id: 'createKind', scope: 'board', section: 'view', changesBoard: true, perform: ({ editor }, fields) => createKind(editor, fields) },
  { id: 'updateKind', scope: 'board', section: 'view', changesBoard: true, perform: ({ editor }, { id, fields }) => updateKind(editor, id, fields) },
  { id: 'deleteKind', scope: 'board', section: 'view', changesBoard: true, perform: ({ editor }, { id }) => deleteKind(editor, id) },
  { id: 'addGroup', scope: 'board', section: 'view', changesBoard: true, perform: ({ session }, { name }) => addGroup(session.workshopId, name) },
]);
