import { z } from 'zod';
import type { BackupCopy, BackupOverview, RestoreOutcome } from '../backups.ts';
import { empty } from '../schemas.ts';
import { method } from './method.ts';

/** A copy's file name as the core makes it; nothing else (no path) is accepted. */
const backupId = z.string().regex(/^rembuk-[0-9TZ-]+-[a-z-]+(-\d+)?\.sqlite$/).max(120);

export const backupMethods = {
  /** The copies, newest first, with the folder they are in and the free disk space. */
  'backups.list': method<BackupOverview>()(empty),
  /** Makes a verified copy now. */
  'backups.create': method<BackupCopy>()(empty),
  /** Replaces the data with a copy, after first copying the current state (the undo). */
  'backups.restore': method<RestoreOutcome>()(z.strictObject({ id: backupId })),
};
