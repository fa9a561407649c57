/**
 * The verified copies the core keeps in `<data>/backups/` (see electron/core/backups/), and what
 * the Cadangan page shows of them.
 */
export const BACKUP_REASONS = ['start', 'interval', 'close', 'manual', 'before-migration', 'before-restore', 'before-import'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupCopy {
  /** The copy's file name in the backups folder; it names its time and reason. */
  id: string;
  createdAt: string;
  reason: BackupReason;
  bytes: number;
  /** Counted when the copy was checked; null for a copy Rembuk did not make. */
  workshops: number | null;
  cards: number | null;
}

export interface BackupOverview {
  /** Where the copies are, to tell the facilitator (and to copy them to a USB stick). */
  folder: string;
  copies: BackupCopy[];
  /** Free space on the data folder's disk; under the warning line the page says so. */
  freeBytes: number | null;
  lowSpace: boolean;
}

export interface RestoreOutcome {
  restored: BackupCopy;
  /** The state just before the restore, kept as a copy: restoring it undoes the restore. */
  safetyCopy: BackupCopy;
}
