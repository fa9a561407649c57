import type { CardSpot } from '#shared/board/placement.ts';
import type { CardKind } from '#shared/model.ts';
import type { CoreContext } from '../context.ts';
import type { CardRow } from '../db/schema.ts';
import { placeCard } from './queries.ts';

/** A stored card as the placement rules see it. */
export function spotOfRow(row: CardRow): CardSpot {
  return { id: row.id, groupId: row.group_id, kind: row.kind as CardKind, customKindId: row.custom_kind_id, position: row.position, clusterId: row.cluster_id };
}

/** Writes cards at their new spots (the rules decided them); returns the saved rows. */
export function writeSpots({ sql }: Pick<CoreContext, 'sql'>, spots: readonly CardSpot[], now: string): CardRow[] {
  return spots.map(
    (spot) =>
      sql.get(placeCard, {
        id: spot.id,
        group_id: spot.groupId,
        kind: spot.kind,
        custom_kind_id: spot.customKindId,
        position: spot.position,
        cluster_id: spot.clusterId,
        updated_at: now,
      })!,
  );
}
