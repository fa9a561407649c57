/** Every number of the backup policy, in one place (issue #10). */
export const BACKUP_POLICY = {
  /** A copy is made this often while changes happen. */
  intervalMs: 10 * 60_000,
  /** The newest copies kept whatever their age… */
  keepRecent: 12,
  /** …plus the newest copy of each of this many days. */
  keepDays: 30,
  /** Under this much free disk space the facilitator is warned at start and on the Cadangan page. */
  lowSpaceBytes: 200 * 1024 * 1024,
  /** A copy that takes longer than this (a stuck disk) is given up; the next one tries again. */
  copyTimeoutMs: 5 * 60_000,
} as const;

export const BACKUP_FOLDER = 'backups';
