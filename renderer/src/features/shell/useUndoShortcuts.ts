import { useEffect } from 'react';
import { i18next } from '../../i18n/index.ts';
import { notify, notifyError } from '../../state/notices.ts';
import { redo, undo, type UndoStep } from '../../state/undo.ts';

/** Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes — except while typing in a field. */
export function useUndoShortcuts() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const wantsRedo = (key === 'z' && event.shiftKey) || key === 'y';
      if (key !== 'z' && key !== 'y') return;
      event.preventDefault();
      void runUndo(wantsRedo ? 'redo' : 'undo');
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export async function runUndo(direction: 'undo' | 'redo') {
  try {
    const step: UndoStep | null = direction === 'undo' ? await undo() : await redo();
    if (!step) return notify('info', i18next.t('board:nothingToUndo'));
    const action = i18next.t(`board:actions.${step.action}`);
    notify('info', i18next.t(direction === 'undo' ? 'board:undone' : 'board:redone', { action }));
  } catch (error) {
    notifyError(error);
  }
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}
