import { AppError } from '#shared/errors.ts';
import type { RestoreOutcome } from '#shared/backups.ts';
import type { LiveDatabase } from '../db/live-database.ts';
import type { Door } from '../door/door.ts';
import type { EventBus } from '../events.ts';
import type { Backups } from './backups.ts';
import { checkedCopy, installCopy } from './restore.ts';

/**
 * The Cadangan page's restore, while the core runs (the core lets no other call run meanwhile):
 * between two transactions of the group commit (every change queued before is saved, every later
 * one waits), copy the current state first (restoring that copy undoes this), close the
 * participants' door (its board may not exist in the copy), close both connections, put the
 * chosen copy in place with one rename (a crash leaves the old file or the new one, never
 * neither), and open it. If it cannot be opened, the safety copy goes back. Every window reloads
 * on `data.replaced`.
 */
export async function restoreLive(deps: { backups: Backups; events: EventBus; door: Pick<Door, 'close'> }, id: string, live: LiveDatabase): Promise<RestoreOutcome> {
  const { backups } = deps;
  const chosen = backups.list().find((copy) => copy.id === id);
  if (!chosen) throw new AppError('not_found', `Backup ${id} not found`, { entity: 'backup' });
  try {
    checkedCopy(backups.pathOf(id));
  } catch {
    throw new AppError('backup_unusable', `Backup ${id} is not a sound Rembuk database`, { entity: 'backup' });
  }
  const outcome = await backups.whileHeld((copy) =>
    live.between(async (reopenAfter) => {
      const safetyCopy = await copy('before-restore');
      await deps.door.close('facilitator');
      try {
        await reopenAfter(() => installCopy(backups.pathOf(id), live.file));
      } catch (error) {
        await reopenAfter(() => installCopy(backups.pathOf(safetyCopy.id), live.file));
        throw error;
      }
      return { restored: chosen, safetyCopy };
    }),
  );
  backups.resetChanges();
  deps.events.emit({ type: 'data.replaced' });
  return outcome;
}
