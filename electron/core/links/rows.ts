import type { Link } from '#shared/model.ts';
import type { LinkRow } from '../db/schema.ts';

export function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    fromCardId: row.from_card_id,
    toCardId: row.to_card_id,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}
