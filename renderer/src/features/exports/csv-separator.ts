import type { CsvSeparator } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { notifyError } from '../../state/notices.ts';
import { setState } from '../../state/store.ts';

/** Saves the CSV separator for every later export (a setting, not a board gesture: no undo). */
export async function chooseCsvSeparator(csvSeparator: CsvSeparator): Promise<void> {
  try {
    setState({ settings: await call('settings.update', { csvSeparator }) });
  } catch (error) {
    notifyError(error);
  }
}
