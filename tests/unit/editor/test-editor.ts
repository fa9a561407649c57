import { onTestFinished } from 'vitest';
import type { RembukBridge } from '#shared/bridge.ts';
import type { Card, CardKind } from '#shared/model.ts';
import { subscribe } from '../../../renderer/src/api/client.ts';
import '../../../renderer/src/commands/index.ts';
import { commandContext } from '../../../renderer/src/commands/context.ts';
import { commandForKey } from '../../../renderer/src/commands/keyboard.ts';
import { runCommand, type ArgsOf, type BoardContext, type CommandId } from '../../../renderer/src/commands/registry.ts';
import type { NewCardsColumn } from '../../../renderer/src/editor/actions/cards.ts';
import { loadWorkshop } from '../../../renderer/src/editor/actions/workshops.ts';
import type { BoardEditor } from '../../../renderer/src/editor/board/board-editor.ts';
import { boardEditor, forgetEditors, setActiveEditor } from '../../../renderer/src/editor/board/editors.ts';
import { cardsOfCell, INBOX } from '../../../renderer/src/editor/board/view.ts';
import { applyEvent } from '../../../renderer/src/editor/events.ts';
import { clearHistory } from '../../../renderer/src/editor/history.ts';
import { useNotices } from '../../../renderer/src/editor/notices.ts';
import { settled } from '../../../renderer/src/editor/runner.ts';
import { emptyAppState, useStore } from '../../../renderer/src/editor/store.ts';
import { i18next, startI18n } from '../../../renderer/src/i18n/index.ts';
import { call, lampungWorkshop, openTestCore } from '../helpers/core.ts';

/**
 * The board editor without a screen, against a real core on a real SQLite file (tldraw's
 * TestEditor): a test presses keys and runs commands as the page would, then looks at what the
 * editor shows (`shown`) and what the core saved (`saved`). The bridge stands in for IPC and
 * serialises every call, answer and event as the doors do. Test files using it run under
 * `// @vitest-environment happy-dom`. It stops listening to the core's events when the test
 * ends; `close` stops it earlier (a window that misses news).
 */
export async function openTestEditor(groupNames?: string[], coreOptions: Parameters<typeof openTestCore>[1] = {}) {
  const core = await openTestCore(undefined, coreOptions);
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const calls: string[] = [];
  const bridge: RembukBridge = {
    invoke: async (method, input) => {
      calls.push(method);
      return roundTrip(await core.dispatch(method, roundTrip(input ?? {})));
    },
    on: (_channel, callback) => core.subscribe((event) => callback(roundTrip(event))),
  };
  window.rembuk = bridge;
  if (!i18next.isInitialized) await startI18n('id');
  else await i18next.changeLanguage('id');
  useStore.setState({ ...emptyAppState(), settings: { language: 'id', csvSeparator: ',' } }, true);
  clearHistory();
  useNotices.setState({ notices: [] });
  forgetEditors();
  const unsubscribe = subscribe(applyEvent);
  onTestFinished(unsubscribe);

  const lampung = await lampungWorkshop(core, groupNames);
  await loadWorkshop(lampung.workshop.id);
  const editor = await openBoard(lampung.session.id);
  return new TestEditor(core, lampung, editor, unsubscribe, calls);
}

/** The board of a session, as opening its page does. */
export async function openBoard(sessionId: string): Promise<BoardEditor> {
  const editor = boardEditor(sessionId);
  editor.resetUi();
  await editor.load();
  setActiveEditor(editor);
  return editor;
}

type Lampung = Awaited<ReturnType<typeof lampungWorkshop>>;

export class TestEditor {
  readonly core: Awaited<ReturnType<typeof openTestCore>>;
  readonly workshop: Lampung['workshop'];
  readonly session: Lampung['session'];
  readonly groups: Lampung['groups'];
  editor: BoardEditor;
  readonly close: () => void;
  /** Every method the editor called on the core, in order (what crossed the door). */
  readonly calls: readonly string[];

  constructor(core: TestEditor['core'], lampung: Lampung, editor: BoardEditor, close: () => void, calls: readonly string[]) {
    this.core = core;
    this.workshop = lampung.workshop;
    this.session = lampung.session;
    this.groups = lampung.groups;
    this.editor = editor;
    this.close = close;
    this.calls = calls;
  }

  /** Runs a command as a button, a menu or a drop does; `cardId` is the card it is made on. */
  run<K extends CommandId>(id: K, args?: ArgsOf<K>, given: { cardId?: string | null } = {}): Promise<unknown> {
    return (runCommand as (id: K, ctx: BoardContext, args?: ArgsOf<K>) => Promise<unknown>)(id, commandContext(this.editor, given) as BoardContext, args);
  }

  /**
   * Presses a key (`Ctrl+Z`, `Alt+2`, `Delete`) where the focus is; `typing` when it is in a text
   * field (`emptyField` when that field is empty). Resolves with what the command did.
   */
  async press(shortcut: string, { typing = false, emptyField = false } = {}): Promise<unknown> {
    const parts = shortcut === '+' ? ['+'] : shortcut.split('+');
    const key = parts.at(-1)!;
    const event = { key: key.length === 1 ? key.toLowerCase() : key, ctrlKey: parts.includes('Ctrl'), metaKey: false, altKey: parts.includes('Alt'), shiftKey: parts.includes('Shift') };
    if (event.shiftKey && key.length === 1) event.key = key.toUpperCase();
    const found = commandForKey(event, this.editor, typing, emptyField);
    if (!found) return undefined;
    const { command, ctx } = found;
    return command.scope === 'global' ? command.perform(ctx, undefined as never) : command.perform?.(ctx as BoardContext, undefined as never);
  }

  /** Puts the focus on a card, as a click or Tab does. */
  focusCard(text: string) {
    this.editor.noteFocus({ kind: 'card', id: this.card(text).id });
  }

  /** The card this editor holds with that text (test cards have distinct texts). */
  card(text: string): Card {
    const card = this.editor.cards.all().find((c) => c.text === text);
    if (!card) throw new Error(`no card "${text}" on the board`);
    return card;
  }

  groupId(groupIndex: number | null): string | null {
    return groupIndex === null ? null : this.groups[groupIndex]!.id;
  }

  /** The capture column of a group (null: the inbox), writing cards of `kind`. */
  column(groupIndex: number | null, kind: CardKind = 'challenge', extra: Partial<NewCardsColumn> = {}): NewCardsColumn {
    return { groupId: this.groupId(groupIndex), kind, customKindId: null, tag: null, ...extra };
  }

  /** Types cards into a group's field, Enter after each, as a facilitator does. */
  async type(groupIndex: number | null, texts: string[], kind: CardKind = 'challenge') {
    for (const text of texts) await this.run('addCard', { column: this.column(groupIndex, kind), text });
  }

  /** The texts a column shows now, in order (a group's column; null: the inbox). */
  shown(groupIndex: number | null): string[] {
    const view = this.editor.view()!;
    const key = groupIndex === null ? INBOX : this.groups[groupIndex]!.id;
    return Object.values(view.cells)
      .filter((cell) => cell.column === key)
      .flatMap(cardsOfCell)
      .map((id) => this.editor.cards.get(id)!.text);
  }

  /** The texts the core saved in a group (null: the inbox), in board order. */
  async saved(groupIndex: number | null): Promise<string[]> {
    return (await this.board()).cards.filter((c) => c.groupId === this.groupId(groupIndex)).map((c) => c.text);
  }

  board() {
    return call(this.core, 'sessions.board', { id: this.session.id });
  }

  notices(): string[] {
    return useNotices.getState().notices.map((n) => n.text);
  }

  /** Every change sent so far has settled. */
  settled() {
    return settled();
  }
}
