import { useEffect } from 'react';
import { allCommands, matchesKey } from '../board/commands/index.ts';
import { isTyping } from '../board/commands/focus.ts';

/**
 * The app-wide shortcuts (undo and redo: Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y), taken from the command
 * registry — except while typing in a field, where the field's own undo applies.
 */
export function useUndoShortcuts() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const cmd = allCommands().find((c) => c.scope === 'global' && c.keys.some((k) => matchesKey(k, event)));
      if (cmd?.scope !== 'global') return;
      event.preventDefault();
      void cmd.perform();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
