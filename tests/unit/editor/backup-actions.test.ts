// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { RembukBridge } from '#shared/bridge.ts';
import { importTransfer, restoreBackup } from '../../../renderer/src/features/backups/backup-actions.ts';
import { run } from '../../../renderer/src/editor/runner.ts';

/** A bridge that answers every call at once and remembers the order of the calls. */
function recordingBridge(calls: string[]): RembukBridge {
  return {
    invoke: async (method) => {
      calls.push(method);
      return { ok: true, value: null };
    },
    on: () => () => undefined,
  };
}

/** A change whose save answers only when the test says so, as a slow save on a busy laptop. */
function startSlowSave(calls: string[]) {
  let answer = () => undefined as void;
  const saving = new Promise<void>((resolve) => (answer = resolve));
  const done = run(() => ({ label: 'create', save: () => saving.then(() => void calls.push('cards.create answered')), reconcile: () => undefined }));
  return { answer, done };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  delete window.rembuk;
});

describe('a restore or an import waits for the changes still saving', () => {
  it('sends backups.restore only once the card typed before it is saved', async () => {
    const calls: string[] = [];
    window.rembuk = recordingBridge(calls);
    const slow = startSlowSave(calls);
    const restoring = restoreBackup('rembuk-2019-10-15T09-30-00-000Z-manual.sqlite');
    await tick();
    expect(calls).toEqual([]);
    slow.answer();
    await slow.done;
    await restoring;
    expect(calls).toEqual(['cards.create answered', 'backups.restore']);
  });

  it('sends transfer.import only once the changes before it are saved', async () => {
    const calls: string[] = [];
    window.rembuk = recordingBridge(calls);
    const slow = startSlowSave(calls);
    const importing = importTransfer({ fileName: 'lampung.rembuk', data: '', preview: {} as never });
    await tick();
    expect(calls).toEqual([]);
    slow.answer();
    await Promise.all([slow.done, importing]);
    expect(calls).toEqual(['cards.create answered', 'transfer.import']);
  });
});
