import { AppError } from '#shared/errors.ts';
import type { Db, Trx } from '../context.ts';
import type { SessionRow, WorkshopRow } from '../db/schema.ts';

/** The workshop a paperwork change is about; refused with `not_found` when it does not exist. */
export async function requireWorkshop(db: Db | Trx, workshopId: string): Promise<WorkshopRow> {
  const row = await db.selectFrom('workshops').selectAll().where('id', '=', workshopId).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Workshop ${workshopId} not found`, { entity: 'workshop' });
  return row;
}

/** A live session of this workshop; one of another workshop is refused as `cross_workshop`. */
export async function requireSessionOf(db: Db | Trx, sessionId: string, workshopId: string): Promise<SessionRow> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
  if (row.workshop_id !== workshopId) throw new AppError('cross_workshop', `Session ${sessionId} is not in workshop ${workshopId}`, { entity: 'session' });
  return row;
}
