import { AppError } from '#shared/errors.ts';
import type { Group } from '#shared/model.ts';
import type { Db, Trx } from '../context.ts';
import type { GroupRow } from '../db/schema.ts';

export function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    name: row.name,
    color: row.color,
    position: row.position,
    regionCode: row.region_code,
    revision: row.revision,
  };
}

/** A group's row, live (or deleted, for a restore); `not_found` otherwise. */
export async function loadGroup(db: Db | Trx, id: string, options: { deleted?: boolean } = {}): Promise<GroupRow> {
  const group = await db.selectFrom('groups').selectAll().where('id', '=', id).executeTakeFirst();
  if (!group || (group.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Group ${id} not found`, { entity: 'group' });
  return group;
}
