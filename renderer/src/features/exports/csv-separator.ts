import type { CsvSeparator } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { run } from '../../editor/runner.ts';
import { setSettings } from '../../editor/store.ts';

/** Saves the CSV separator for every later export: a preference, not a step of the work (no undo). */
export function chooseCsvSeparator(csvSeparator: CsvSeparator) {
  return run(() => ({ label: 'csvSeparator', save: () => call('settings.update', { csvSeparator }), reconcile: setSettings }));
}
