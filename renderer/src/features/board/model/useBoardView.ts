import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { workshopGroups } from '../../../state/selectors.ts';
import { useStore } from '../../../state/store.ts';
import { useBoardUi } from '../ui-state.ts';
import { buildBoardView, type BoardView } from './cells.ts';

/**
 * The laid-out board, recomputed when its cards, kinds, clusters, groups or filters change.
 * Arrays that did not change keep their identity, so a column (and its cards) only re-renders
 * when its own contents change: a drop re-renders two columns, not twenty.
 */
export function useBoardView(sessionId: string, workshopId: string): BoardView | null {
  const { session, cards, customKinds, clusters } = useStore(
    useShallow((s) => ({ session: s.sessions[sessionId], cards: s.cards, customKinds: s.customKinds, clusters: s.clusters })),
  );
  const groups = useStore(useShallow((s) => workshopGroups(s, workshopId)));
  const filters = useBoardUi((s) => s.filters);
  const projector = useBoardUi((s) => s.projector.on);
  const [cache] = useState(() => new ViewCache());
  return useMemo(
    () => (session ? cache.next(buildBoardView({ session, groups, cards, customKinds, clusters, filters, projector })) : null),
    [cache, session, groups, cards, customKinds, clusters, filters, projector],
  );
}

/** Remembers the last view, so each new one can reuse whatever did not change. */
class ViewCache {
  #last: BoardView | null = null;

  next(view: BoardView): BoardView {
    this.#last = keepIdentity(this.#last, view);
    return this.#last;
  }
}

function keepIdentity(before: BoardView | null, after: BoardView): BoardView {
  if (!before) return after;
  const same = (a: readonly string[] | undefined, b: readonly string[]) => a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
  for (const [key, cell] of Object.entries(after.cells)) {
    const old = before.cells[key];
    if (!old) continue;
    if (same(old.items, cell.items)) cell.items = old.items;
    const unchanged =
      cell.items === old.items &&
      old.hidden === cell.hidden &&
      JSON.stringify(old.dims) === JSON.stringify(cell.dims) &&
      JSON.stringify(old.members) === JSON.stringify(cell.members);
    if (unchanged) after.cells[key] = old;
  }
  if (JSON.stringify(before.columns) === JSON.stringify(after.columns)) after.columns = before.columns;
  if (JSON.stringify(before.kinds) === JSON.stringify(after.kinds)) after.kinds = before.kinds;
  return after;
}
