import type { BrowserWindow, Dialog } from 'electron';
import type { ShellWords } from './words.ts';

/** A second failure within this long of a reload is not reloaded again without asking. */
export const RELOAD_GRACE_MS = 60_000;

/**
 * When the window's page crashes or hangs: reload it once (nothing is lost, every change is
 * committed before it is shown), and if it happens again soon after, ask in the user's language.
 */
export function watchRenderer(window: BrowserWindow, deps: { dialog: Pick<Dialog, 'showMessageBoxSync'>; words: () => ShellWords; now?: () => number }) {
  const now = deps.now ?? Date.now;
  let reloadedAt = Number.NEGATIVE_INFINITY;
  const reload = () => {
    reloadedAt = now();
    window.webContents.reload();
  };
  const recentlyReloaded = () => now() - reloadedAt < RELOAD_GRACE_MS;

  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    if (!recentlyReloaded()) return reload();
    const words = deps.words();
    const choice = deps.dialog.showMessageBoxSync(window, { type: 'error', title: 'Rembuk', message: words.rendererGone, detail: words.nothingLost, buttons: [words.reload, words.quit], defaultId: 0, cancelId: 1 });
    if (choice === 0) reload();
    else window.close();
  });

  window.on('unresponsive', () => {
    if (window.isDestroyed()) return;
    if (!recentlyReloaded()) {
      // A hung page cannot reload itself: end its process first.
      window.webContents.forcefullyCrashRenderer();
      return reload();
    }
    const words = deps.words();
    const choice = deps.dialog.showMessageBoxSync(window, { type: 'warning', title: 'Rembuk', message: words.unresponsive, detail: words.nothingLost, buttons: [words.wait, words.reload], defaultId: 0, cancelId: 0 });
    if (choice === 1) {
      window.webContents.forcefullyCrashRenderer();
      reload();
    }
  });
}
