import { useEffect } from 'react';
import { getState } from '../../../state/store.ts';
import { isDragActive } from '../drag/drag-state.ts';
import { boardUi } from '../ui-state.ts';
import { focusedCardId, focusedColumnKey, isTyping } from './focus.ts';
import { allCommands, isEnabled, matchesKey, type BoardCommand, type CommandContext } from './index.ts';

/** The context a command runs in: the board, what is focused, what is selected. */
export function commandContext(sessionId: string, cardId?: string | null): CommandContext | null {
  const session = getState().sessions[sessionId];
  if (!session) return null;
  const ui = boardUi();
  return {
    session,
    locked: session.lockedAt !== null,
    cardId: cardId === undefined ? focusedCardId() : cardId,
    columnKey: focusedColumnKey(),
    selection: ui.selection,
    projector: ui.projector.on,
  };
}

/**
 * The board's keyboard: each key press runs the first registered command whose shortcut and
 * scope fit (card commands need the card itself focused, not one of its buttons).
 */
export function useBoardKeys(sessionId: string) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing || isDragActive()) return;
      const ctx = commandContext(sessionId);
      if (!ctx) return;
      const typing = isTyping(event.target);
      const onCard = event.target instanceof HTMLElement && event.target.dataset.cardId !== undefined;
      const candidates = allCommands().filter((c): c is BoardCommand => c.scope !== 'global' && c.perform !== undefined);
      const found = candidates.find(
        (cmd) =>
          (cmd.scope === 'projector') === ctx.projector &&
          (!typing || cmd.whileTyping === true) &&
          (cmd.scope !== 'card' || onCard) &&
          cmd.keys.some((k) => matchesKey(k, event)) &&
          isEnabled(cmd, ctx),
      );
      if (!found?.perform) return;
      event.preventDefault();
      void found.perform(ctx);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [sessionId]);
}
