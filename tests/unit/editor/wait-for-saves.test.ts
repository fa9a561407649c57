// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { RembukBridge } from '#shared/bridge.ts';
import { startExport } from '../../../renderer/src/editor/actions/reports.ts';
import { run } from '../../../renderer/src/editor/runner.ts';
import { createBackup, exportWorkshopFile, importTransfer, restoreBackup } from '../../../renderer/src/features/backups/backup-actions.ts';

/**
 * What reads or replaces the whole data in the core waits for the changes still saving: a card
 * typed just before shows at once, but over HTTP the next call can overtake its save. A copy or a
 * report made then would miss the card, and a restore would receive it afterwards.
 */

/** A bridge that answers every call at once and remembers the order of the calls. */
function recordingBridge(calls: string[]): RembukBridge {
  return {
    invoke: async (method) => {
      calls.push(method);
      // An export answers with a file (downloaded here, into happy-dom's page); the rest with nothing.
      return { ok: true, value: method === 'transfer.export' ? { fileName: 'w1.rembuk', mimeType: 'application/octet-stream', data: '' } : null };
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

const WHOLE_DATA_CALLS: Array<[string, string, () => Promise<unknown>]> = [
  ['a restore', 'backups.restore', () => restoreBackup('rembuk-2019-10-15T09-30-00-000Z-manual.sqlite')],
  ['an import of a .rembuk', 'transfer.import', () => importTransfer({ fileName: 'lampung.rembuk', data: '', preview: {} as never })],
  ['a backup made now', 'backups.create', () => createBackup()],
  ['an export as .rembuk', 'transfer.export', () => exportWorkshopFile('w1')],
  ['a report', 'reports.start', () => startExport({ workshopId: 'w1', content: 'workshop', format: 'pdf' } as never)],
];

describe('what reads or replaces the whole data waits for the changes still saving', () => {
  it.each(WHOLE_DATA_CALLS)('%s is sent only once the card typed before it is saved', async (_name, method, start) => {
    const calls: string[] = [];
    window.rembuk = recordingBridge(calls);
    const slow = startSlowSave(calls);
    const starting = start();
    await tick();
    expect(calls).toEqual([]);
    slow.answer();
    await Promise.all([slow.done, starting]);
    expect(calls).toEqual(['cards.create answered', method]);
  });
});
