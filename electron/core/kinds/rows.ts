import type { CustomKind, KindIcon } from '#shared/model.ts';
import type { CustomKindRow } from '../db/schema.ts';

export function toCustomKind(row: CustomKindRow): CustomKind {
  return {
    id: row.id,
    sessionId: row.session_id,
    label: row.label,
    color: row.color,
    icon: row.icon as KindIcon,
    position: row.position,
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}
