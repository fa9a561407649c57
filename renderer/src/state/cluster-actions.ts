import type { Cluster } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { arrangeSaved } from './move-actions.ts';
import { showSpots, spotOf, spotsFor } from './placement.ts';
import { getState, setState, upsertCards, upsertClusters } from './store.ts';
import { recordStep } from './undo.ts';

/**
 * Merges duplicates into a cluster with a title: the cards line up behind the first one and
 * stay visible inside the cluster; their votes add up. Undone by putting every card back.
 */
export async function mergeCards(sessionId: string, cardIds: readonly string[], title: string): Promise<string | null> {
  const befores = cardIds.map((id) => getState().cards[id]).filter((c) => c !== undefined).map(spotOf);
  const anchor = befores[0];
  if (!anchor || befores.length < 2) return null;
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  const draft: Cluster = { id, sessionId, title: title.trim(), createdAt: now, updatedAt: now, deletedAt: null, revision: 0 };
  const others = spotsFor(cardIds.slice(1), { groupId: anchor.groupId, kind: anchor.kind, customKindId: anchor.customKindId, afterCardId: anchor.id });
  if (draft.title) {
    upsertClusters([draft]);
    showSpots([{ ...anchor, clusterId: id }, ...others.map((s) => ({ ...s, clusterId: id }))]);
  }
  try {
    const saved = await call('clusters.create', { id, sessionId, title, cardIds: [...cardIds] });
    upsertClusters([saved.cluster]);
    upsertCards(saved.cards);
    const after = saved.cards.map(spotOf);
    recordStep({
      action: 'merge',
      undo: async () => {
        await arrangeSaved(befores);
        await dissolveSaved(id);
      },
      redo: async () => {
        upsertClusters([await call('clusters.restore', { id })]);
        await arrangeSaved(after);
      },
    });
    return id;
  } catch (error) {
    showSpots(befores);
    dropCluster(id);
    notifyError(error);
    return null;
  }
}

export async function renameCluster(id: string, title: string): Promise<void> {
  const before = getState().clusters[id];
  if (!before || before.title === title.trim()) return;
  upsertClusters([{ ...before, title: title.trim() }]);
  try {
    upsertClusters([await call('clusters.update', { id, title })]);
    recordStep({
      action: 'renameCluster',
      undo: async () => upsertClusters([await call('clusters.update', { id, title: before.title })]),
      redo: async () => upsertClusters([await call('clusters.update', { id, title })]),
    });
  } catch (error) {
    upsertClusters([before]);
    notifyError(error);
  }
}

/** The cards stand alone again, where they are; undone by bringing the cluster back. */
export async function dissolveCluster(id: string): Promise<void> {
  const before = getState().clusters[id];
  if (!before) return;
  const members = Object.values(getState().cards).filter((c) => c.clusterId === id).map(spotOf);
  upsertClusters([{ ...before, deletedAt: new Date().toISOString() }]);
  showSpots(members.map((m) => ({ ...m, clusterId: null })));
  try {
    await dissolveSaved(id);
    recordStep({
      action: 'dissolve',
      undo: async () => {
        upsertClusters([await call('clusters.restore', { id })]);
        await arrangeSaved(members);
      },
      redo: () => dissolveSaved(id),
    });
  } catch (error) {
    upsertClusters([before]);
    showSpots(members);
    notifyError(error);
  }
}

async function dissolveSaved(id: string) {
  const saved = await call('clusters.dissolve', { id });
  upsertClusters([saved.cluster]);
  upsertCards(saved.cards);
}

function dropCluster(id: string) {
  setState((s) => {
    const { [id]: _dropped, ...rest } = s.clusters;
    return { clusters: rest };
  });
}
