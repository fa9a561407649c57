import { LINK_RULES, type Card, type Link } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { getState, setState, upsertLinks } from './store.ts';
import { recordStep } from './undo.ts';

/**
 * The two cards in the order a link takes (the answering card first), or null when their kinds
 * do not answer each other: the facilitator may start from either end.
 */
export function linkDirection(a: Card, b: Card): { fromCardId: string; toCardId: string } | null {
  if (LINK_RULES.some((r) => r.from === a.kind && r.to === b.kind)) return { fromCardId: a.id, toCardId: b.id };
  if (LINK_RULES.some((r) => r.from === b.kind && r.to === a.kind)) return { fromCardId: b.id, toCardId: a.id };
  return null;
}

/** Links two cards, whichever was chosen first; the core refuses kinds that do not fit, with a message. */
export async function linkCards(firstId: string, secondId: string): Promise<boolean> {
  const [a, b] = [getState().cards[firstId], getState().cards[secondId]];
  if (!a || !b) return false;
  const direction = linkDirection(a, b) ?? { fromCardId: a.id, toCardId: b.id };
  const existing = Object.values(getState().links).find(
    (l) => l.deletedAt === null && l.fromCardId === direction.fromCardId && l.toCardId === direction.toCardId,
  );
  if (existing) return true;
  const draft: Link = { id: crypto.randomUUID(), workshopId: a.workshopId, ...direction, createdAt: new Date().toISOString(), deletedAt: null, revision: 0 };
  if (linkDirection(a, b)) upsertLinks([draft]);
  try {
    const saved = await call('links.create', { id: draft.id, ...direction });
    upsertLinks([saved]);
    if (saved.id !== draft.id) dropLink(draft.id);
    recordStep({
      action: 'link',
      undo: async () => upsertLinks([await call('links.delete', { id: saved.id })]),
      redo: async () => upsertLinks([await call('links.restore', { id: saved.id })]),
    });
    return true;
  } catch (error) {
    dropLink(draft.id);
    notifyError(error);
    return false;
  }
}

export async function unlink(id: string): Promise<void> {
  const before = getState().links[id];
  if (!before || before.deletedAt !== null) return;
  upsertLinks([{ ...before, deletedAt: new Date().toISOString() }]);
  try {
    upsertLinks([await call('links.delete', { id })]);
    recordStep({
      action: 'unlink',
      undo: async () => upsertLinks([await call('links.restore', { id })]),
      redo: async () => upsertLinks([await call('links.delete', { id })]),
    });
  } catch (error) {
    upsertLinks([before]);
    notifyError(error);
  }
}

function dropLink(id: string) {
  setState((s) => {
    const { [id]: _dropped, ...rest } = s.links;
    return { links: rest };
  });
}
