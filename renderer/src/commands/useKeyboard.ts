import { useEffect } from 'react';
import { activeEditor } from '../editor/board/editors.ts';
import { isDragActive } from '../editor/board/drag-state.ts';
import { commandForKey } from './keyboard.ts';
import { isEmptyField, isTyping } from './keys.ts';
import type { BoardContext } from './registry.ts';

/** The app's one keyboard handler: every key press that matches a command runs it. */
export function useKeyboard() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || isDragActive()) return;
      const found = commandForKey(event, activeEditor(), isTyping(event.target), isEmptyField(event.target));
      if (!found) return;
      event.preventDefault();
      const { command, ctx } = found;
      void (command.scope === 'global' ? command.perform(ctx, undefined as never) : command.perform?.(ctx as BoardContext, undefined as never));
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
