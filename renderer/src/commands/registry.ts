import type { MethodInput } from '#shared/api.ts';
import type { Placement } from '#shared/board/placement.ts';
import type { Session, StrategyTag } from '#shared/model.ts';
import type { BoardEditor } from '../editor/board/board-editor.ts';
import type { CardDetails, NewCardsColumn } from '../editor/actions/cards.ts';
import type commandTexts from '../i18n/id/commands.json';

/**
 * Every gesture is one registered command: its label (a key of `commands:commands`), its
 * shortcuts, where it applies and what it does. Keys, menus, toolbar buttons, the selection bar,
 * capture fields, double clicks and drops all run commands, and the keyboard help and the card
 * menu are generated from this list (Excalidraw-style actions). A command changes data only
 * through the editor's actions (`editor/actions/`), so each change is saved and undone one way.
 */
export type CommandId = keyof (typeof commandTexts)['commands'];

export type CommandSection = keyof (typeof commandTexts)['commandSections'];

/** Where a command applies: anywhere, on a board, on the focused card, or in projector mode. */
export type CommandScope = 'global' | 'board' | 'card' | 'projector';

/** What a command runs with: the board on screen (if any), and what is focused and selected there. */
export interface CommandContext {
  editor: BoardEditor | null;
  session: Session | null;
  locked: boolean;
  projector: boolean;
  /** The focused card, or the card the gesture was made on (its menu, its trash button). */
  cardId: string | null;
  /** The column the focus is in. */
  columnKey: string | null;
  selection: string[];
  /** The shortcut that ran the command (`Alt+2`), when a key did. */
  key: string | null;
}

export interface BoardContext extends CommandContext {
  editor: BoardEditor;
  session: Session;
}

/** What the commands that need more than the context take, from the gesture that runs them. */
export interface CommandArgs {
  addCard: { column: NewCardsColumn; text: string };
  pasteLines: { column: NewCardsColumn; lines: string[] };
  /** From a key (`Alt+2`), or a kind named by the capture field's button. */
  captureKind: { kindKey: string } | undefined;
  captureTag: { tag: StrategyTag | null };
  saveEdit: { text: string | null };
  saveDetails: { details: CardDetails };
  moveCards: { ids: string[]; to: Placement };
  mergeCards: { ids: string[]; title: string };
  renameCluster: { clusterId: string; title: string };
  /** The focused card's cluster, or one named by the cluster's own button. */
  dissolve: { clusterId: string } | undefined;
  linkTo: { cardId: string };
  setDots: { roundId: string; cardId: string; groupId: string; dots: number };
  voterGroup: { groupId: string | null };
  setVoters: { roundId: string; groupId: string; voters: number };
  openVote: Omit<MethodInput<'votes.open'>, 'id' | 'sessionId'>;
  closeVote: { roundId: string };
  reopenVote: { roundId: string };
  deleteVote: { roundId: string };
  createKind: Omit<MethodInput<'kinds.create'>, 'id' | 'sessionId'>;
  updateKind: { id: string; fields: Omit<MethodInput<'kinds.update'>, 'id'> };
  deleteKind: { id: string };
  timerSet: { seconds: number };
  saveQuestion: { question: string };
  addGroup: { name: string };
}

export type ArgsOf<K extends CommandId> = K extends keyof CommandArgs ? CommandArgs[K] : undefined;

interface CommandBase<K extends CommandId> {
  id: K;
  /** Shortcuts as shown and matched: `N`, `Delete`, `Ctrl+Z`, `Alt+ArrowRight`, `?`. */
  keys?: readonly string[];
  section: CommandSection;
  /** Shown in a card's menu. */
  inMenu?: boolean;
  /** Changes the board, so it is off while the board is locked. */
  changesBoard?: boolean;
  /** Its keys work while the focus is in a text field (capture field, search). */
  whileTyping?: boolean;
  /** Its keys arrive another way (a paste, dnd-kit's Space): listed in the help, not run by the keyboard. */
  keysElsewhere?: boolean;
}

/** Works on every page (undo, redo, the language). */
export interface GlobalCommand<K extends CommandId = CommandId> extends CommandBase<K> {
  scope: 'global';
  perform(ctx: CommandContext, args: ArgsOf<K>): unknown;
}

export interface BoardCommand<K extends CommandId = CommandId> extends CommandBase<K> {
  scope: Exclude<CommandScope, 'global'>;
  when?(ctx: BoardContext): boolean;
  /** Absent for keys another part handles (dnd-kit's Space and arrows): listed for help only. */
  perform?(ctx: BoardContext, args: ArgsOf<K>): unknown;
}

export type Command<K extends CommandId = CommandId> = GlobalCommand<K> | BoardCommand<K>;

const registry = new Map<CommandId, Command>();

/** Each command family adds itself once, at import (`commands/index.ts` imports them all). */
export function registerCommands(commands: ReadonlyArray<{ [K in CommandId]: Command<K> }[CommandId]>) {
  for (const command of commands) {
    if (registry.has(command.id)) throw new Error(`Command ${command.id} is registered twice`);
    registry.set(command.id, command as Command);
  }
}

export function allCommands(): Command[] {
  return [...registry.values()];
}

export function command(id: CommandId): Command {
  const found = registry.get(id);
  if (!found) throw new Error(`Unknown command ${id}`);
  return found;
}

export function isBoardContext(ctx: CommandContext): ctx is BoardContext {
  return ctx.editor !== null && ctx.session !== null;
}

/** Whether a command can run now (a locked board refuses what would change it). */
export function isEnabled(cmd: Command, ctx: CommandContext): boolean {
  if (cmd.scope === 'global') return true;
  if (!isBoardContext(ctx)) return false;
  if (cmd.changesBoard && ctx.locked) return false;
  if (cmd.scope === 'card' && !ctx.cardId) return false;
  return cmd.when ? cmd.when(ctx) : true;
}

/** Runs a command if it can run now; resolves with what it did (an action's result), or undefined. */
export async function runCommand<K extends CommandId>(id: K, ctx: CommandContext, ...args: undefined extends ArgsOf<K> ? [ArgsOf<K>?] : [ArgsOf<K>]): Promise<unknown> {
  const cmd = command(id) as Command<K>;
  if (!isEnabled(cmd as Command, ctx)) return undefined;
  const given = args[0] as ArgsOf<K>;
  if (cmd.scope === 'global') return cmd.perform(ctx, given);
  return cmd.perform?.(ctx as BoardContext, given);
}
