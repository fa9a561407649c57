import type { Dialog } from 'electron';
import type { Language } from '#shared/model.ts';
import { RECOVERY_WORDS } from '../core/backups/recovery-words.ts';
import { listCopies, restoreDataDir } from '../core/backups/restore.ts';
import type { Core } from '../core/core.ts';
import { StartupError } from '../core/startup-error.ts';
import { SHELL_WORDS } from './words.ts';

/**
 * Opens the core for the desktop app. A startup problem is shown as its translated message (no
 * stack trace); a damaged or foreign data file offers the newest backup, or a start without data,
 * the file that was there kept aside. Resolves with the core, or with the problem to exit with.
 */
export async function openCoreAtStart(deps: {
  dataDir: string;
  language: Language;
  dialog: Pick<Dialog, 'showMessageBoxSync' | 'showErrorBox'>;
  open: () => Promise<Core>;
}): Promise<Core | StartupError> {
  try {
    return await deps.open();
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    if (!error.restorable) {
      deps.dialog.showErrorBox('Rembuk', error.describe());
      return error;
    }
    const choice = askHowToRecover(error, deps);
    if (choice === 'quit') return error;
    try {
      restoreDataDir(deps.dataDir, choice === 'restore' ? { latest: true } : { empty: true });
      return await deps.open();
    } catch (second) {
      if (!(second instanceof StartupError)) throw second;
      deps.dialog.showErrorBox('Rembuk', second.describe());
      return second;
    }
  }
}

function askHowToRecover(error: StartupError, deps: Parameters<typeof openCoreAtStart>[0]): 'restore' | 'empty' | 'quit' {
  const recovery = RECOVERY_WORDS[deps.language];
  const shell = SHELL_WORDS[deps.language];
  const [newest] = listCopies(deps.dataDir);
  const answers = newest ? (['restore', 'empty', 'quit'] as const) : (['empty', 'quit'] as const);
  const labels = { restore: recovery.restore, empty: recovery.startEmpty, quit: recovery.quit };
  const index = deps.dialog.showMessageBoxSync({
    type: 'error',
    title: shell.restoreTitle,
    message: error.sentence(deps.language),
    detail: `${newest ? recovery.newest(newest) : recovery.none}\n${shell.keptAside}\n(${error.path})`,
    buttons: answers.map((a) => labels[a]),
    defaultId: 0,
    cancelId: answers.length - 1,
  });
  return answers[index] ?? 'quit';
}
