import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { compareKeys } from '#shared/ordering.ts';
import type { Card } from '#shared/model.ts';
import { useStore } from '../../state/store.ts';
import { columnKey, INBOX, type ColumnKey } from './columns.ts';
import type { Columns } from './useBoardDrag.ts';

/**
 * The card ids of every column of one board, in order. The selector returns one string per
 * column, so the board re-renders only when a column's membership or order changes, not when
 * a card's text does (the card itself re-renders for that).
 */
export function useBoardColumns(sessionId: string, groupIds: readonly string[]): Columns {
  const keys = useMemo(() => [INBOX, ...groupIds], [groupIds]);
  const rows = useStore(
    useShallow((s) => {
      const byColumn = new Map<ColumnKey, Card[]>(keys.map((k) => [k, []]));
      for (const card of Object.values(s.cards)) {
        if (card.sessionId !== sessionId || card.deletedAt !== null) continue;
        byColumn.get(columnKey(card.groupId))?.push(card);
      }
      return keys.map((k) => (byColumn.get(k) ?? []).sort(compareKeys).map((c) => c.id).join(','));
    }),
  );
  return useMemo(() => Object.fromEntries(keys.map((k, i) => [k, rows[i] ? rows[i].split(',') : []])), [keys, rows]);
}
