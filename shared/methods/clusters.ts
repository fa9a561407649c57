import { z } from 'zod';
import type { Card, Cluster } from '../model.ts';
import { BATCH_MAX, byId, id, text, TITLE_MAX } from '../schemas.ts';
import { method } from './method.ts';

export interface ClusterChange {
  cluster: Cluster;
  cards: Card[];
}

export const clusterMethods = {
  /**
   * Merges duplicates under one title. Every card stays in its group and column (a cluster may
   * span groups: "several kabupaten face this"); in each column the duplicates line up right
   * after the first of them. A card already in another cluster leaves that one.
   */
  'clusters.create': method<ClusterChange>()(
    z.strictObject({ id, sessionId: id, title: text(TITLE_MAX), cardIds: z.array(id).min(2).max(BATCH_MAX) }),
  ),
  'clusters.update': method<Cluster>()(z.strictObject({ id, title: text(TITLE_MAX) })),
  /** Undoes a merge: the cards stay where they are, each standing alone again. */
  'clusters.dissolve': method<ClusterChange>()(byId),
  /** Brings a dissolved cluster back (its cards rejoin through `cards.arrange`). */
  'clusters.restore': method<Cluster>()(byId),
};
