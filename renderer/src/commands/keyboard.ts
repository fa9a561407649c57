import type { BoardEditor } from '../editor/board/board-editor.ts';
import { commandContext } from './context.ts';
import { matchesKey } from './keys.ts';
import { allCommands, isEnabled, type Command, type CommandContext } from './registry.ts';

type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/**
 * The command a key press runs, if any: the first registered one whose shortcut and scope fit.
 * App-wide commands (undo, redo) not while typing in a field that has text (the field's own undo
 * applies; an empty capture field has none); card commands only with the card itself focused,
 * never one of its buttons.
 */
export function commandForKey(event: KeyPress, editor: BoardEditor | null, typing: boolean, fieldEmpty = false): { command: Command; ctx: CommandContext } | null {
  for (const command of allCommands()) {
    const key = command.keys?.find((k) => matchesKey(k, event));
    if (!key || command.keysElsewhere) continue;
    const ctx = commandContext(command.scope === 'global' ? null : editor, { key });
    if (command.scope === 'global') {
      if (!typing || fieldEmpty) return { command, ctx };
      continue;
    }
    if (!editor || !command.perform || (typing && !command.whileTyping)) continue;
    if ((command.scope === 'projector') !== ctx.projector) continue;
    if (command.scope === 'card' && editor.ui.focus.target?.kind !== 'card') continue;
    if (isEnabled(command, ctx)) return { command, ctx };
  }
  return null;
}
