import type { Session } from '#shared/model.ts';
import type boardTexts from '../../../i18n/id/board.json';

/**
 * Every board command is one registered definition: its label (a key of `board:commands`), its
 * shortcut, where it applies and what it does. The keyboard, the card menu, the toolbar's titles
 * and the keyboard-help overlay are all generated from this list (Excalidraw-style actions).
 * A command's undo is recorded by the state action it performs (`recordStep`).
 */
export type CommandId = keyof (typeof boardTexts)['commands'];

/** Where a command applies: anywhere, on a board, on the focused card, or in projector mode. */
export type CommandScope = 'global' | 'board' | 'card' | 'projector';

export type CommandSection = keyof (typeof boardTexts)['commandSections'];

export interface CommandContext {
  session: Session;
  locked: boolean;
  /** The focused card (or the card whose menu is open). */
  cardId: string | null;
  /** The focused column's key. */
  columnKey: string | null;
  selection: string[];
  projector: boolean;
}

interface CommandBase {
  id: CommandId;
  /** Shortcuts as shown and matched: `N`, `Delete`, `Ctrl+Z`, `Alt+ArrowRight`, `?`. */
  keys: string[];
  section: CommandSection;
  /** Shown in a card's menu. */
  inMenu?: boolean;
  /** Changes the board, so it is off while the board is locked. */
  changesBoard?: boolean;
  /** Works while the focus is in a text field (capture field, search). */
  whileTyping?: boolean;
}

/** Works on every page (undo, redo). */
export interface GlobalCommand extends CommandBase {
  scope: 'global';
  perform(): void | Promise<void>;
}

export interface BoardCommand extends CommandBase {
  scope: Exclude<CommandScope, 'global'>;
  when?(ctx: CommandContext): boolean;
  /** Absent for keys another part handles (dnd-kit's Space and arrows): listed for help only. */
  perform?(ctx: CommandContext): void | Promise<void>;
}

export type Command = GlobalCommand | BoardCommand;

const registry: Command[] = [];

/** Each command family adds itself once, at import. */
export function registerCommands(commands: Command[]) {
  for (const command of commands) {
    if (registry.some((c) => c.id === command.id)) throw new Error(`Command ${command.id} is registered twice`);
    registry.push(command);
  }
}

export function allCommands(): readonly Command[] {
  return registry;
}

export function command(id: CommandId): Command {
  const found = registry.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown command ${id}`);
  return found;
}

/** Whether a command can run now (the locked board refuses what would change it). */
export function isEnabled(cmd: Command, ctx: CommandContext): boolean {
  if (cmd.scope === 'global') return true;
  if (cmd.changesBoard && ctx.locked) return false;
  if (cmd.scope === 'card' && !ctx.cardId) return false;
  return cmd.when ? cmd.when(ctx) : true;
}

/** Does a key press match a shortcut like `Ctrl+Shift+Z`? Symbols (`?`, `+`) ignore Shift. */
export function matchesKey(shortcut: string, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const parts = shortcut.split('+').filter(Boolean);
  const key = shortcut.endsWith('++') || shortcut === '+' ? '+' : (parts.pop() ?? '');
  const mods = new Set(parts);
  const letter = /^[a-z0-9]$/i.test(key);
  if (mods.has('Ctrl') !== (event.ctrlKey || event.metaKey)) return false;
  if (mods.has('Alt') !== event.altKey) return false;
  if ((letter || key.length > 1) && mods.has('Shift') !== event.shiftKey) return false;
  return letter ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}
