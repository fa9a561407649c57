import type { Workshop, WorkshopLevel, WorkshopMode } from '#shared/model.ts';
import type { WorkshopRow } from '../db/schema.ts';

export function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    venue: row.venue,
    level: row.level as WorkshopLevel,
    provinceCode: row.province_code,
    regencyCode: row.regency_code,
    organizer: row.organizer,
    mode: row.mode as WorkshopMode,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
  };
}
