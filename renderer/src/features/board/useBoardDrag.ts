import {
  closestCorners,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveCard } from '../../state/card-actions.ts';
import { getState } from '../../state/store.ts';
import { columnFromDropId, groupIdOf, INBOX, type ColumnKey } from './columns.ts';

export type Columns = Record<ColumnKey, string[]>;

/**
 * Drag and drop of cards between and within columns, by mouse, touch and keyboard.
 * While a card is dragged the board shows a local copy of the columns (`dragColumns`);
 * on drop the move is saved once, through the same `moveCard` action the menu uses.
 */
export function useBoardDrag(columns: Columns) {
  const { t } = useTranslation('board');
  const [dragColumns, setDragColumns] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const shown = dragColumns ?? columns;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    // Space picks a card up; Enter is kept for editing the focused card.
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  function findColumn(cols: Columns, id: string): ColumnKey | null {
    const asColumn = columnFromDropId(id);
    if (asColumn !== null) return asColumn in cols ? asColumn : null;
    return Object.keys(cols).find((key) => cols[key]?.includes(id)) ?? null;
  }

  function onDragStart({ active }: DragStartEvent) {
    setActiveId(String(active.id));
    setDragColumns(columns);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    setDragColumns((cols) => {
      if (!cols) return cols;
      const id = String(active.id);
      const from = findColumn(cols, id);
      const to = findColumn(cols, String(over.id));
      if (!from || !to || from === to) return cols;
      const target = cols[to] ?? [];
      const overIndex = target.indexOf(String(over.id));
      const index = overIndex >= 0 ? overIndex : target.length;
      return {
        ...cols,
        [from]: (cols[from] ?? []).filter((x) => x !== id),
        [to]: [...target.slice(0, index), id, ...target.slice(index)],
      };
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const cols = dragColumns;
    setActiveId(null);
    setDragColumns(null);
    if (!over || !cols) return;
    const id = String(active.id);
    const column = findColumn(cols, id);
    if (!column) return;
    let list = cols[column] ?? [];
    const overIndex = list.indexOf(String(over.id));
    if (overIndex >= 0) list = arrayMove(list, list.indexOf(id), overIndex);
    const index = list.indexOf(id);
    void moveCard(id, { groupId: groupIdOf(column), afterCardId: index > 0 ? (list[index - 1] ?? null) : null });
  }

  function onDragCancel() {
    setActiveId(null);
    setDragColumns(null);
  }

  const accessibility = useMemo(() => {
    const cardText = (id: string | number) => getState().cards[String(id)]?.text ?? '';
    const groupName = (key: ColumnKey | null) =>
      key === null || key === INBOX ? t('dnd.inbox') : (getState().groups[key]?.name ?? '');
    /** Where the card would land if dropped now: over a card, it takes that card's place. */
    const where = (id: string | number, overId: string | number | undefined, cols: Columns | null) => {
      const source = cols ?? columns;
      const key = overId === undefined ? null : findColumn(source, String(overId));
      const list = key ? (source[key] ?? []) : [];
      const overIndex = list.indexOf(String(overId));
      const ownIndex = list.indexOf(String(id));
      const index = overIndex >= 0 ? overIndex : ownIndex >= 0 ? ownIndex : list.length;
      return { group: groupName(key), position: index + 1, total: ownIndex >= 0 ? list.length : list.length + 1 };
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) =>
        t('dnd.pickedUp', { text: cardText(active.id), group: groupName(findColumn(columns, String(active.id))) }),
      // Over itself means it has not moved yet: keep the "picked up" message audible.
      onDragOver: ({ active, over }) => (over && over.id !== active.id ? t('dnd.over', { text: cardText(active.id), ...where(active.id, over.id, dragColumns) }) : undefined),
      onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', { text: cardText(active.id), ...where(active.id, over.id, dragColumns) }) : undefined),
      onDragCancel: ({ active }) =>
        t('dnd.cancelled', { text: cardText(active.id), group: groupName(findColumn(columns, String(active.id))) }),
    };
    const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('dnd.instructions') };
    return { announcements, screenReaderInstructions };
  }, [columns, dragColumns, t]);

  return {
    shown,
    activeId,
    contextProps: { sensors, collisionDetection: closestCorners, onDragStart, onDragOver, onDragEnd, onDragCancel, accessibility },
  };
}
