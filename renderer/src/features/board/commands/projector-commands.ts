import { leaveProjector } from '../projector/projector.ts';
import { boardUi, setBoardUi, zoomBy } from '../ui-state.ts';
import { INBOX } from '../model/cells.ts';
import { currentView } from '../model/current.ts';
import { registerCommands, type CommandContext } from './registry.ts';

/** Keys in projector mode: the facilitator stands at the screen with only a keyboard (or a clicker). */
registerCommands([
  {
    id: 'exitProjector',
    keys: ['Escape'],
    scope: 'projector',
    section: 'projector',
    // The first Esc lets go of a spotlighted group or card; the next leaves projector mode.
    perform: () => (boardUi().projector.focus ? setBoardUi((s) => ({ projector: { ...s.projector, focus: null } })) : leaveProjector()),
  },
  { id: 'zoomIn', keys: ['+', '='], scope: 'projector', section: 'projector', perform: () => zoomBy(1) },
  { id: 'zoomOut', keys: ['-'], scope: 'projector', section: 'projector', perform: () => zoomBy(-1) },
  { id: 'zoomReset', keys: ['0'], scope: 'projector', section: 'projector', perform: () => setBoardUi((s) => ({ projector: { ...s.projector, zoom: 1 } })) },
  { id: 'spotlightNext', keys: ['ArrowRight'], scope: 'projector', section: 'projector', perform: (ctx) => spotlightStep(ctx, 1) },
  { id: 'spotlightPrevious', keys: ['ArrowLeft'], scope: 'projector', section: 'projector', perform: (ctx) => spotlightStep(ctx, -1) },
  {
    id: 'spotlightCard',
    keys: ['Enter'],
    scope: 'projector',
    section: 'projector',
    when: (ctx) => ctx.cardId !== null,
    perform: (ctx) => setBoardUi((s) => ({ projector: { ...s.projector, focus: { type: 'card', id: ctx.cardId! } } })),
  },
]);

/** Spotlights the next (or previous) column: one group at a time, large. */
function spotlightStep(ctx: CommandContext, step: 1 | -1) {
  const view = currentView(ctx.session);
  const keys = view.columns.filter((c) => c.key !== INBOX || view.cells[c.key]?.items.length).map((c) => c.key);
  const focus = boardUi().projector.focus;
  const index = focus?.type === 'column' ? keys.indexOf(focus.key) : step === 1 ? -1 : keys.length;
  const next = keys[(index + step + keys.length) % keys.length];
  if (next) setBoardUi((s) => ({ projector: { ...s.projector, focus: { type: 'column', key: next } } }));
}
