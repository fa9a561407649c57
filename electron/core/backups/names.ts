import { BACKUP_REASONS, type BackupReason } from '#shared/backups.ts';

/** `rembuk-2019-10-15T09-30-00-000Z-interval.sqlite`: sortable, readable, safe on every disk. */
const NAME = /^rembuk-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+?)(?:-(\d+))?\.sqlite$/;

export function backupFileName(time: Date, reason: BackupReason, attempt = 0): string {
  const stamp = time.toISOString().replace(/[:.]/g, '-');
  return `rembuk-${stamp}-${reason}${attempt > 0 ? `-${attempt}` : ''}.sqlite`;
}

/** The time and reason a copy's name tells, or null for a file Rembuk did not name. */
export function parseBackupFileName(name: string): { createdAt: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, h, m, s, ms, reason] = match;
  if (!(BACKUP_REASONS as readonly string[]).includes(reason!)) return null;
  return { createdAt: `${day}T${h}:${m}:${s}.${ms}Z`, reason: reason as BackupReason };
}

/** A file set aside by a restore: `rembuk-damaged-2019-10-15T09-30-00-000Z.sqlite`. */
export function setAsideFileName(time: Date, why: 'damaged' | 'replaced'): string {
  return `rembuk-${why}-${time.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}
