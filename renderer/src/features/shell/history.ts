import { callsSettled } from '../../api/client.ts';
import { i18next } from '../../i18n/index.ts';
import { notify, notifyError } from '../../state/notices.ts';
import { redo, undo, type UndoStep } from '../../state/undo.ts';

/** Undoes or redoes the newest step and says so ("Dibatalkan: memindah kartu"). */
export async function runUndo(direction: 'undo' | 'redo') {
  try {
    await callsSettled(2000);
    const step: UndoStep | null = direction === 'undo' ? await undo() : await redo();
    if (!step) return notify('info', i18next.t(direction === 'undo' ? 'board:nothingToUndo' : 'board:nothingToRedo'));
    const action = i18next.t(`board:history.${step.action}`);
    notify('info', i18next.t(direction === 'undo' ? 'board:undone' : 'board:redone', { action }));
  } catch (error) {
    notifyError(error);
  }
}
