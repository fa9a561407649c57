import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useCallback, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { LazyCard } from '../card/LazyCard.tsx';
import { ClusterItem } from '../card/ClusterItem.tsx';
import { cellOfClusterItem, clusterOfItem, type Cell } from '../../../editor/board/view.ts';
import { cellDropId } from '../drag/cells.ts';
import { useColumnWindow, WINDOW_FROM } from './useColumnWindow.ts';

interface CellListProps {
  cell: Cell;
  /** What the cell shows: its items, or the local copy while something is dragged. */
  items: string[];
  locked: boolean;
}

/**
 * The cards and clusters of a column (or a grid cell), in order, in their drop target. It does not
 * re-render with the drag's state: dnd-kit re-renders every drop target each time a drag starts or
 * ends (twice on a drop), and the items this would build again are the same.
 */
export const CellList = memo(function CellList({ cell, items, locked }: CellListProps) {
  const { t } = useTranslation('board');
  const { members, hidden } = cell;
  const long = items.length > WINDOW_FROM;
  // A long column draws only the items near the screen (`useColumnWindow`); in every column, a
  // card far off the screen is drawn without drag machinery until it comes near (`LazyCard`).
  const itemHolding = (cardId: string) => (items.includes(cardId) ? cardId : items.find((item) => members[clusterOfItem(item) ?? '']?.includes(cardId)));
  const { rows, listRef, itemRef } = useColumnWindow(items, long, itemHolding);
  return (
    <>
      <CellDropTarget cellKey={cell.key} items={items} locked={locked} long={long} listRef={listRef}>
        {rows.map((row) => {
          if ('gap' in row) return <li key={row.key} className="card-list-room" style={{ height: row.gap }} aria-hidden="true" />;
          const { item } = row;
          const clusterId = clusterOfItem(item);
          return clusterId ? (
            // Carried in by a keyboard drag, a cluster shows its own cards, not this cell's.
            <ClusterItem
              key={item}
              item={item}
              clusterId={clusterId}
              memberIds={cellOfClusterItem(item) === cell.key ? members[clusterId] : undefined}
              locked={locked}
              extraRef={itemRef?.(item)}
            />
          ) : (
            <LazyCard key={item} id={item} locked={locked} extraRef={itemRef?.(item)} />
          );
        })}
      </CellDropTarget>
      {hidden > 0 && <p className="hidden-count">{t('hiddenByFilter', { count: hidden })}</p>}
    </>
  );
});

interface CellDropTargetProps {
  cellKey: string;
  items: string[];
  locked: boolean;
  long: boolean;
  listRef: RefObject<HTMLOListElement | null>;
  children: ReactNode;
}

/** The list as dnd-kit's drop target: the part that re-renders as a drag goes. */
function CellDropTarget({ cellKey, items, locked, long, listRef, children }: CellDropTargetProps) {
  const { setNodeRef, isOver } = useDroppable({ id: cellDropId(cellKey), disabled: locked });
  const listNode = useCallback(
    (node: HTMLOListElement | null) => {
      setNodeRef(node);
      listRef.current = node;
    },
    [setNodeRef, listRef],
  );
  return (
    <SortableContext id={cellKey} items={items} strategy={verticalListSortingStrategy}>
      <ol ref={listNode} className={`card-list${long ? ' card-list-windowed' : ''}${isOver ? ' card-list-over' : ''}`} data-drop-cell={locked ? undefined : cellKey}>
        {children}
      </ol>
    </SortableContext>
  );
}
