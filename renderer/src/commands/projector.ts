import type { BoardEditor } from '../editor/board/board-editor.ts';

/**
 * Projector mode: the board alone, high contrast and large, controls hidden. Full screen when
 * the window may (the desktop app and most browsers allow it after a key press or click).
 */
export function enterProjector(editor: BoardEditor) {
  editor.setUi((ui) => ({ projector: { ...ui.projector, on: true, focus: null, page: 0 }, menu: null, panel: null, helpOpen: false }));
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/** Back to the board; the focus goes back to the projector button that opened it. */
export function leaveProjector(editor: BoardEditor) {
  editor.setUi((ui) => ({ projector: { ...ui.projector, on: false, focus: null } }));
  editor.focusOn({ kind: 'tool', name: 'projector' });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * Bigger text (+) or smaller (−): the zoom raises or lowers the smallest cap height the
 * projector view allows, so bigger text spreads the groups over more pages.
 */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5] as const;

export function zoomBy(editor: BoardEditor, direction: 1 | -1) {
  editor.setUi((ui) => {
    const index = ZOOM_STEPS.findIndex((z) => z >= ui.projector.zoom);
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index < 0 ? 2 : index) + direction))] ?? 1;
    return { projector: { ...ui.projector, zoom: next } };
  });
}

/** The next (1) or previous (-1) page of groups, wrapping around. */
export function turnPage(editor: BoardEditor, step: 1 | -1) {
  editor.setUi((ui) => {
    const count = ui.projector.pages.length;
    if (count < 2 || ui.projector.focus) return {};
    return { projector: { ...ui.projector, page: (Math.min(ui.projector.page, count - 1) + step + count) % count } };
  });
}

/** The page a column is on (0 when the view has not planned it yet). */
export function pageOf(editor: BoardEditor, columnKey: string): number {
  return Math.max(0, editor.ui.projector.pages.findIndex((page) => page.includes(columnKey)));
}
