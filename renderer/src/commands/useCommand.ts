import { useContext } from 'react';
import { EditorContext } from '../editor/board/context.tsx';
import { commandContext } from './context.ts';
import { runCommand, type ArgsOf, type CommandId } from './registry.ts';

/**
 * How a component runs a command: `run('delete', undefined, { cardId })` on a card's trash button,
 * `run('moveCards', { ids, to })` on a drop. On a board the command gets its editor's context.
 */
export function useCommand() {
  const editor = useContext(EditorContext);
  return <K extends CommandId>(id: K, args?: ArgsOf<K>, given: { cardId?: string | null } = {}) =>
    (runCommand as (id: K, ctx: ReturnType<typeof commandContext>, args?: ArgsOf<K>) => Promise<unknown>)(id, commandContext(editor, given), args);
}
