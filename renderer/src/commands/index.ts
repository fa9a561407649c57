/** Every command family registers itself on import; import this module to have them all. */
import './history-commands.ts';
import './capture-commands.ts';
import './card-commands.ts';
import './sort-commands.ts';
import './link-commands.ts';
import './vote-commands.ts';
import './view-commands.ts';
import './projector-commands.ts';

export { allCommands, command, isEnabled, runCommand, type BoardCommand, type Command, type CommandContext, type CommandId } from './registry.ts';
export { commandContext } from './context.ts';
export { matchesKey } from './keys.ts';
