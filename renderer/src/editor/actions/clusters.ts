import { planMerge, spotOf, type CardSpot } from '#shared/board/placement.ts';
import type { Card, Cluster } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import { changeFields } from './field-change.ts';
import { run, type MutationFactory } from '../runner.ts';
import { showSpots } from './moves.ts';

interface ClusterChange {
  cluster: Cluster;
  cards: Card[];
}

/**
 * Merges duplicates into a cluster with a title: each card stays in its group and column, lined
 * up behind the first one of its column (the shared rule), and stays visible inside; their votes
 * add up (once per group). Undone by putting every card back.
 * Resolves with the new cluster's id.
 */
export async function mergeCards(editor: BoardEditor, cardIds: readonly string[], title: string): Promise<string | undefined> {
  const saved = await run<ClusterChange>(() => {
    const cards = cardIds.flatMap((id) => editor.liveCard(id) ?? []);
    if (cards.length < 2) return null;
    const before = cards.map(spotOf);
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const draft: Cluster = { id, sessionId: editor.sessionId, title: title.trim(), createdAt: now, updatedAt: now, deletedAt: null, revision: 0 };
    const spots = planMerge(before, (dims, except) => editor.column(dims, except), id);
    return {
      label: 'merge',
      // A blank title is refused by the core, with a message: nothing to show meanwhile.
      ...(draft.title
        ? {
            preview: (d) => {
              d.show(editor.clusters, [draft]);
              showSpots(editor, d, spots);
            },
          }
        : {}),
      save: () => call('clusters.create', { id, sessionId: editor.sessionId, title, cardIds: cards.map((c) => c.id) }),
      reconcile: (change) => acceptChange(editor, change),
      inverse: () => unmerging(editor, id, before),
    };
  });
  return saved?.cluster.id;
}

/** The cards stand alone again, where they are; undone by bringing the cluster back. */
export function dissolveCluster(editor: BoardEditor, clusterId: string) {
  return run(dissolution(editor, clusterId));
}

export function renameCluster(editor: BoardEditor, clusterId: string, title: string) {
  return run(changeFields({ label: 'renameCluster', table: editor.clusters, key: clusterId, patch: { title: title.trim() }, optimistic: true, save: (patch) => call('clusters.update', { id: clusterId, ...patch }) }));
}

function dissolution(editor: BoardEditor, clusterId: string): MutationFactory<ClusterChange> {
  return () => {
    const cluster = editor.clusters.get(clusterId);
    if (!cluster || cluster.deletedAt !== null) return null;
    const members = editor.clusterMembers(clusterId).map((id) => spotOf(editor.cards.get(id)!));
    return {
      label: 'dissolve',
      preview: (draft) => {
        draft.show(editor.clusters, [{ ...cluster, deletedAt: new Date().toISOString() }]);
        showSpots(editor, draft, members.map((m) => ({ ...m, clusterId: null })));
      },
      save: () => call('clusters.dissolve', { id: clusterId }),
      reconcile: (change) => acceptChange(editor, change),
      inverse: () => regrouping(editor, clusterId, members, () => dissolution(editor, clusterId)),
    };
  };
}

/**
 * The undo of a dissolve, and the redo of a merge: the cluster back, its cards at their spots.
 * `back` is how to take it back again (dissolve in place, or unmerge to where the cards were).
 */
function regrouping(editor: BoardEditor, clusterId: string, spots: readonly CardSpot[], back: () => MutationFactory<ClusterChange>): MutationFactory<ClusterChange> {
  return () => ({
    label: 'dissolve',
    preview: (draft) => {
      const cluster = editor.clusters.get(clusterId);
      if (cluster) draft.show(editor.clusters, [{ ...cluster, deletedAt: null }]);
      showSpots(editor, draft, spots);
    },
    save: async () => {
      const cluster = await call('clusters.restore', { id: clusterId });
      return { cluster, cards: await call('cards.arrange', { cards: [...spots] }) };
    },
    reconcile: (change) => acceptChange(editor, change),
    inverse: back,
  });
}

/** The undo of a merge: every card back where it was, then the cluster gone. */
function unmerging(editor: BoardEditor, clusterId: string, before: readonly CardSpot[]): MutationFactory<ClusterChange> {
  return () => {
    const cluster = editor.clusters.get(clusterId);
    if (!cluster) return null;
    const after = before.flatMap((spot) => editor.cards.get(spot.id) ?? []).map(spotOf);
    return {
      label: 'merge',
      preview: (draft) => {
        draft.show(editor.clusters, [{ ...cluster, deletedAt: new Date().toISOString() }]);
        showSpots(editor, draft, before);
      },
      save: async () => {
        const dissolved = await call('clusters.dissolve', { id: clusterId });
        return { cluster: dissolved.cluster, cards: await call('cards.arrange', { cards: [...before] }) };
      },
      reconcile: (change) => acceptChange(editor, change),
      inverse: () => regrouping(editor, clusterId, after, () => unmerging(editor, clusterId, before)),
    };
  };
}

function acceptChange(editor: BoardEditor, change: ClusterChange) {
  editor.clusters.accept([change.cluster]);
  editor.cards.accept(change.cards);
}
