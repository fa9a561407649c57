import { INBOX } from '../editor/board/view.ts';
import { leaveProjector, pageOf, turnPage, zoomBy } from './projector.ts';
import { registerCommands, type BoardContext } from './registry.ts';

/** Keys in projector mode: the facilitator stands at the screen with only a keyboard (or a clicker). */
registerCommands([
  {
    id: 'exitProjector',
    keys: ['Escape'],
    scope: 'projector',
    section: 'projector',
    // The first Esc lets go of a spotlighted group or card (back on that group's page); the next leaves projector mode.
    perform: ({ editor }) => {
      const focus = editor.ui.projector.focus;
      if (!focus) return leaveProjector(editor);
      const page = focus.type === 'column' ? pageOf(editor, focus.key) : editor.ui.projector.page;
      editor.setUi((ui) => ({ projector: { ...ui.projector, focus: null, page } }));
    },
  },
  { id: 'nextPage', keys: ['PageDown'], scope: 'projector', section: 'projector', perform: ({ editor }) => turnPage(editor, 1) },
  { id: 'previousPage', keys: ['PageUp'], scope: 'projector', section: 'projector', perform: ({ editor }) => turnPage(editor, -1) },
  { id: 'zoomIn', keys: ['+', '='], scope: 'projector', section: 'projector', perform: ({ editor }) => zoomBy(editor, 1) },
  { id: 'zoomOut', keys: ['-'], scope: 'projector', section: 'projector', perform: ({ editor }) => zoomBy(editor, -1) },
  { id: 'zoomReset', keys: ['0'], scope: 'projector', section: 'projector', perform: ({ editor }) => editor.setUi((ui) => ({ projector: { ...ui.projector, zoom: 1 } })) },
  { id: 'spotlightNext', keys: ['ArrowRight'], scope: 'projector', section: 'projector', perform: (ctx) => spotlightStep(ctx, 1) },
  { id: 'spotlightPrevious', keys: ['ArrowLeft'], scope: 'projector', section: 'projector', perform: (ctx) => spotlightStep(ctx, -1) },
  {
    id: 'spotlightCard',
    keys: ['Enter'],
    scope: 'projector',
    section: 'projector',
    when: (ctx) => ctx.cardId !== null,
    perform: ({ editor, cardId }) => editor.setUi((ui) => ({ projector: { ...ui.projector, focus: { type: 'card', id: cardId! } } })),
  },
]);

/** Spotlights the next (or previous) column: one group at a time, large. */
function spotlightStep({ editor }: BoardContext, step: 1 | -1) {
  const view = editor.view();
  if (!view) return;
  const keys = view.columns.filter((c) => c.key !== INBOX || view.cells[c.key]?.items.length).map((c) => c.key);
  const focus = editor.ui.projector.focus;
  const index = focus?.type === 'column' ? keys.indexOf(focus.key) : step === 1 ? -1 : keys.length;
  const next = keys[(index + step + keys.length) % keys.length];
  if (next) editor.setUi((ui) => ({ projector: { ...ui.projector, focus: { type: 'column', key: next } } }));
}
