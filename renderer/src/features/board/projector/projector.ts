import { setBoardUi } from '../ui-state.ts';

/**
 * Projector mode: the board alone, high contrast and large, controls hidden. Full screen when
 * the window may (the desktop app and most browsers allow it after a key press or click).
 */
export function enterProjector() {
  setBoardUi((s) => ({ projector: { ...s.projector, on: true, focus: null }, menu: null, panel: null, helpOpen: false }));
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function leaveProjector() {
  setBoardUi((s) => ({ projector: { ...s.projector, on: false, focus: null } }));
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
