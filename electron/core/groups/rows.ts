import type { Group } from '#shared/model.ts';
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
