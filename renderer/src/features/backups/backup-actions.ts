import type { BackupCopy, BackupOverview } from '#shared/backups.ts';
import type { TransferPreview, TransferReport } from '#shared/transfer.ts';
import { call } from '../../api/client.ts';
import { fileToBase64, saveExportedFile } from '../../files.ts';
import { notifyError } from '../../state/notices.ts';

/**
 * The Cadangan page's calls. Not optimistic and not undoable through Ctrl+Z: a restore is undone
 * by restoring the copy it made first, an import by restoring the copy made before it. Each
 * resolves with the answer, or null when the core refused (the message is shown).
 */
export async function loadBackups(): Promise<BackupOverview | null> {
  return attempt(() => call('backups.list', {}));
}

export async function createBackup(): Promise<BackupCopy | null> {
  return attempt(() => call('backups.create', {}));
}

/** Every window reloads once the core announces `data.replaced` (data-replaced.ts). */
export async function restoreBackup(id: string): Promise<boolean> {
  return (await attempt(() => call('backups.restore', { id }))) !== null;
}

/** The workshop as a `.rembuk` file, downloaded (browser) or saved (desktop). */
export async function exportWorkshopFile(workshopId: string): Promise<string | null> {
  const file = await attempt(() => call('transfer.export', { id: workshopId }));
  if (!file) return null;
  saveExportedFile(file);
  return file.fileName;
}

export interface ChosenTransfer {
  fileName: string;
  data: string;
  preview: TransferPreview;
}

export async function inspectTransfer(file: File): Promise<ChosenTransfer | null> {
  return attempt(async () => {
    const data = await fileToBase64(file);
    return { fileName: file.name, data, preview: await call('transfer.inspect', { fileName: file.name, data }) };
  });
}

export async function importTransfer({ fileName, data }: ChosenTransfer): Promise<TransferReport | null> {
  return attempt(() => call('transfer.import', { fileName, data }));
}

async function attempt<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    notifyError(error);
    return null;
  }
}
