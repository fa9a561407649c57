import type { Cluster } from '#shared/model.ts';
import type { ClusterRow } from '../db/schema.ts';

export function toCluster(row: ClusterRow): Cluster {
  return { id: row.id, sessionId: row.session_id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at, deletedAt: row.deleted_at, revision: row.revision };
}
