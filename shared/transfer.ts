/**
 * One workshop carried to another laptop as a `.rembuk` file: a SQLite database of that
 * workshop's rows with a manifest (electron/core/transfer/).
 */
export const TRANSFER_EXTENSION = '.rembuk';
/**
 * The largest `.rembuk` accepted: a workshop with its photos. The desktop app passes it whole;
 * the browser host takes requests up to 12 MB, so there a file over about 8 MB is refused as too large.
 */
export const MAX_TRANSFER_BYTES = 64 * 1024 * 1024;

/** What an incoming file holds, shown before it is imported. */
export interface TransferPreview {
  workshopId: string;
  title: string;
  exportedAt: string;
  appVersion: string;
  counts: { groups: number; sessions: number; cards: number; participants: number };
  /** The same workshop is already on this laptop: importing merges the two. */
  merges: boolean;
}

/** What an import did. Conflicts (a row both sides have, with different content) were resolved by the rule. */
export interface TransferReport {
  workshopId: string;
  title: string;
  mode: 'new' | 'merge';
  added: number;
  updated: number;
  conflicts: number;
  /** Rows left out because this laptop already has their equal (two live links between the same cards). */
  skipped: number;
}
