/** A board column is a group or the inbox; dnd-kit needs string ids for both. */
export const INBOX = 'inbox';

export type ColumnKey = string;

export function columnKey(groupId: string | null): ColumnKey {
  return groupId ?? INBOX;
}

export function groupIdOf(key: ColumnKey): string | null {
  return key === INBOX ? null : key;
}

const DROP_PREFIX = 'column:';

export function columnDropId(key: ColumnKey): string {
  return `${DROP_PREFIX}${key}`;
}

export function columnFromDropId(id: string): ColumnKey | null {
  return id.startsWith(DROP_PREFIX) ? id.slice(DROP_PREFIX.length) : null;
}
