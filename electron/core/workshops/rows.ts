import type { Workshop } from '#shared/model.ts';
import type { WorkshopRow } from '../db/schema.ts';

export function toWorkshop(row: WorkshopRow): Workshop {
  return {
    id: row.id,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    venue: row.venue,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
