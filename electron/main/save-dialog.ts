import type { BaseWindow, Dialog, SaveDialogOptions } from 'electron';
import { extname, join } from 'node:path';
import type { ReportFormat } from '#shared/reports.ts';
import type { ChooseSavePath } from '../core/reports/choose-save-path.ts';

const FILTERS: Record<ReportFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  csv: { name: 'CSV', extensions: ['csv'] },
};

/**
 * The desktop app's way to save an export: the native save dialog, opening in Documents with
 * the suggested name, asking before it overwrites. The core writes the file (atomically); this
 * only chooses where.
 */
export function createSaveDialog(deps: { dialog: Pick<Dialog, 'showSaveDialog'>; window: () => BaseWindow | null; documentsDir: string }): ChooseSavePath {
  return async ({ fileName, format }) => {
    const options: SaveDialogOptions = {
      defaultPath: join(deps.documentsDir, fileName),
      filters: [FILTERS[format]],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = deps.window();
    const result = window ? await deps.dialog.showSaveDialog(window, options) : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    // Some platforms' dialogs do not add the extension the filter asks for.
    return extname(result.filePath).toLowerCase() === `.${format}` ? result.filePath : `${result.filePath}.${format}`;
  };
}
