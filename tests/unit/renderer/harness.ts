import { onTestFinished } from 'vitest';
import type { RembukBridge } from '#shared/bridge.ts';
import { subscribe } from '../../../renderer/src/api/client.ts';
import { i18next, startI18n } from '../../../renderer/src/i18n/index.ts';
import { useNotices } from '../../../renderer/src/state/notices.ts';
import { applyEvent, emptyState, getState, setState } from '../../../renderer/src/state/store.ts';
import { useUndo } from '../../../renderer/src/state/undo.ts';
import { loadBoard, loadWorkshop } from '../../../renderer/src/state/workshop-actions.ts';
import { lampungWorkshop, openTestCore } from '../helpers/core.ts';

/**
 * The renderer's store and actions, headless, wired to a real core on a real SQLite file:
 * the bridge stands in for IPC and serialises every call and answer as the doors do.
 * Test files using it run under `// @vitest-environment happy-dom`. It stops listening to the
 * core's events when the test ends; `close` stops it earlier (a window that misses news).
 */
export async function openBoardHarness(groupNames?: string[], coreOptions: Parameters<typeof openTestCore>[1] = {}) {
  const core = await openTestCore(undefined, coreOptions);
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const bridge: RembukBridge = {
    invoke: async (method, input) => roundTrip(await core.dispatch(method, roundTrip(input ?? {}))),
    on: (_channel, callback) => core.subscribe((event) => callback(roundTrip(event))),
  };
  window.rembuk = bridge;
  if (!i18next.isInitialized) await startI18n('id');
  else await i18next.changeLanguage('id');
  setState({ ...emptyState(), settings: { language: 'id', csvSeparator: ',' } }, true);
  useUndo.setState({ past: [], future: [] });
  useNotices.setState({ notices: [] });
  const unsubscribe = subscribe(applyEvent);
  onTestFinished(unsubscribe);

  const lampung = await lampungWorkshop(core, groupNames);
  await loadWorkshop(lampung.workshop.id);
  await loadBoard(lampung.session.id);
  return { core, ...lampung, close: unsubscribe };
}

export function noticeTexts(): string[] {
  return useNotices.getState().notices.map((n) => n.text);
}

/** The id of the card the renderer holds with this text (test cards have distinct texts). */
export function cardIdByText(text: string): string {
  const card = Object.values(getState().cards).find((c) => c.text === text);
  if (!card) throw new Error(`no card "${text}" in the store`);
  return card.id;
}
