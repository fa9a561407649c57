import { BACKUP_POLICY } from './policy.ts';

/**
 * Which copies to delete: all but the newest `keepRecent`, and the newest of each of the last
 * `keepDays` days (the laptop's own calendar days). Times are ISO strings.
 */
export function copiesToDelete<T extends { createdAt: string }>(copies: readonly T[], now: Date, policy = BACKUP_POLICY): T[] {
  const newestFirst = [...copies].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const keep = new Set<T>(newestFirst.slice(0, policy.keepRecent));
  const oldestDay = startOfDay(now);
  oldestDay.setDate(oldestDay.getDate() - (policy.keepDays - 1));
  const daysSeen = new Set<string>();
  for (const copy of newestFirst) {
    const time = new Date(copy.createdAt);
    if (time < oldestDay) break;
    const day = localDay(time);
    if (!daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(copy);
    }
  }
  return newestFirst.filter((copy) => !keep.has(copy));
}

function startOfDay(time: Date): Date {
  return new Date(time.getFullYear(), time.getMonth(), time.getDate());
}

function localDay(time: Date): string {
  return `${time.getFullYear()}-${time.getMonth() + 1}-${time.getDate()}`;
}
