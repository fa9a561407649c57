import type { TransferPreview } from '#shared/transfer.ts';
import { call } from '../../api/client.ts';
import { ask } from '../../editor/ask.ts';
import { run, settled } from '../../editor/runner.ts';
import { fileToBase64, saveExportedFile } from '../../files.ts';

/**
 * The Cadangan page's calls, through the editor's runner (a refusal is shown, translated). None
 * is undoable with Ctrl+Z: a restore is undone by restoring the copy it made first, an import by
 * restoring the copy made before it. Each resolves with the answer, or undefined when refused.
 */
export function loadBackups() {
  return ask('backups.list', {});
}

/** A copy now, of everything on screen: after the changes still saving. */
export async function createBackup() {
  await settled();
  return run(() => ({ label: 'backup', save: () => call('backups.create', {}), reconcile: () => undefined }));
}

/**
 * Every window reloads once the core announces `data.replaced` (data-replaced.ts). It waits for
 * the changes still saving: the copy the restore makes first must hold every card on screen, and
 * a save that arrived after the restore would land in the restored data.
 */
export async function restoreBackup(id: string) {
  await settled();
  return run(() => ({ label: 'restoreBackup', save: () => call('backups.restore', { id }), reconcile: () => undefined }));
}

/** The workshop as a `.rembuk` file, downloaded (browser) or saved (desktop), with every change made before; resolves with its name. */
export async function exportWorkshopFile(workshopId: string): Promise<string | undefined> {
  await settled();
  const file = await run(() => ({ label: 'exportWorkshop', save: () => call('transfer.export', { id: workshopId }), reconcile: saveExportedFile }));
  return file?.fileName;
}

export interface ChosenTransfer {
  fileName: string;
  data: string;
  preview: TransferPreview;
}

export async function inspectTransfer(file: File): Promise<ChosenTransfer | undefined> {
  const data = await fileToBase64(file);
  const preview = await ask('transfer.inspect', { fileName: file.name, data });
  return preview ? { fileName: file.name, data, preview } : undefined;
}

/** After the changes still saving, for the same reason as a restore: it copies the data first. */
export async function importTransfer({ fileName, data }: ChosenTransfer) {
  await settled();
  return run(() => ({ label: 'importWorkshop', save: () => call('transfer.import', { fileName, data }), reconcile: () => undefined }));
}
