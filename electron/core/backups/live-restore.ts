import { AppError } from '#shared/errors.ts';
import type { RestoreOutcome } from '#shared/backups.ts';
import { openDatabase, type OpenedDatabase } from '../db/open.ts';
import type { EventBus } from '../events.ts';
import type { Backups } from './backups.ts';
import { checkedCopy, installCopy } from './restore.ts';

export interface LiveDatabase {
  current(): OpenedDatabase;
  replace(next: OpenedDatabase): void;
}

/**
 * The Cadangan page's restore, while the core runs (the core lets no other call run meanwhile):
 * copy the current state first (restoring that copy undoes this), close the database, put the
 * chosen copy in its place with one rename (a crash leaves the old file or the new one, never
 * neither), and open it. If it cannot be opened, the safety copy goes back. Every window reloads
 * on `data.replaced`.
 */
export async function restoreLive(deps: { backups: Backups; file: string; events: EventBus }, id: string, live: LiveDatabase): Promise<RestoreOutcome> {
  const { backups, file } = deps;
  const chosen = backups.list().find((copy) => copy.id === id);
  if (!chosen) throw new AppError('not_found', `Backup ${id} not found`, { entity: 'backup' });
  try {
    checkedCopy(backups.pathOf(id));
  } catch {
    throw new AppError('backup_unusable', `Backup ${id} is not a sound Rembuk database`, { entity: 'backup' });
  }
  const outcome = await backups.whileHeld(async (copy) => {
    const safetyCopy = await copy('before-restore');
    await live.current().close();
    try {
      installCopy(backups.pathOf(id), file);
      live.replace(await openDatabase(file));
    } catch (error) {
      installCopy(backups.pathOf(safetyCopy.id), file);
      live.replace(await openDatabase(file));
      throw error;
    }
    return { restored: chosen, safetyCopy };
  });
  backups.resetChanges();
  deps.events.emit({ type: 'data.replaced' });
  return outcome;
}
