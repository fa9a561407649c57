import type { BoardEditor } from '../editor/board/board-editor.ts';

/**
 * Projector mode: the board alone, high contrast and large, controls hidden. Full screen when
 * the window may (the desktop app and most browsers allow it after a key press or click).
 */
export function enterProjector(editor: BoardEditor) {
  editor.setUi((ui) => ({ projector: { ...ui.projector, on: true, focus: null }, menu: null, panel: null, helpOpen: false }));
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leaveProjector(editor: BoardEditor) {
  editor.setUi((ui) => ({ projector: { ...ui.projector, on: false, focus: null } }));
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

export const ZOOM_STEPS = [0.75, 1, 1.25, 1.5, 1.75, 2, 2.5] as const;

export function zoomBy(editor: BoardEditor, direction: 1 | -1) {
  editor.setUi((ui) => {
    const index = ZOOM_STEPS.findIndex((z) => z >= ui.projector.zoom);
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index < 0 ? 1 : index) + direction))] ?? 1;
    return { projector: { ...ui.projector, zoom: next } };
  });
}
