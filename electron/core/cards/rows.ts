import type { Card, CardKind, StrategyTag } from '#shared/model.ts';
import type { CardRow } from '../db/schema.ts';

export function toCard(row: CardRow): Card {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    sessionId: row.session_id,
    groupId: row.group_id,
    kind: row.kind as CardKind,
    customKindId: row.custom_kind_id,
    text: row.text,
    position: row.position,
    tag: row.tag as StrategyTag | null,
    author: row.author,
    who: row.who,
    byWhen: row.by_when,
    indicator: row.indicator,
    clusterId: row.cluster_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    deviceId: row.device_id,
    hidden: row.hidden === 1,
    revision: row.revision,
  };
}
