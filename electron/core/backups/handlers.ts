import type { backupMethods } from '#shared/methods/backups.ts';
import type { HandlerMap } from '../handler-types.ts';
import { BACKUP_POLICY } from './policy.ts';

/** The Cadangan page: the verified copies, a copy now, and a restore (which first copies the current state). */
export const backupHandlers: HandlerMap<keyof typeof backupMethods> = {
  async 'backups.list'(_input, { safety }) {
    const free = safety.freeBytes();
    return { folder: safety.backups.folder, copies: safety.backups.list(), freeBytes: free, lowSpace: free !== null && free < BACKUP_POLICY.lowSpaceBytes };
  },

  async 'backups.create'(_input, { safety }) {
    return safety.backups.create('manual');
  },

  async 'backups.restore'({ id }, { safety }) {
    return safety.restore(id);
  },
};
