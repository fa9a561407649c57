/** Every command family registers itself on import; import this module to have them all. */
import './board-commands.ts';
import './card-commands.ts';
import './projector-commands.ts';

export { allCommands, command, isEnabled, matchesKey, type BoardCommand, type Command, type CommandContext, type CommandId } from './registry.ts';
