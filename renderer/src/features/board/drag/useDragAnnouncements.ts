import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../../editor/board/context.tsx';
import { clusterOfItem, INBOX, type BoardView } from '../../../editor/board/view.ts';
import { getState } from '../../../editor/store.ts';
import { useKindLabel } from '../model/useKindLabel.ts';
import type { CellItems } from './cells.ts';
import { dropLine, landingIndex } from './drop-line.ts';

/**
 * What a screen reader hears while a card or a cluster moves: where it was picked up, where it
 * would land ("kelompok Way Kanan, posisi 2 dari 3"), and where it was dropped.
 */
export function useDragAnnouncements(
  view: BoardView | null,
  cells: CellItems,
  dragCells: CellItems | null,
  findCell: (cells: CellItems, id: string) => string | null,
) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const editor = useEditor();
  // Whether the item in hand has been over anything but itself since it was picked up.
  const movedAway = useRef(false);
  return useMemo(() => {
    // "Kartu “…”" or "Gabungan “…”": a screen reader says what is in hand.
    const itemName = (id: string | number) => {
      const clusterId = clusterOfItem(String(id));
      if (clusterId) return t('dnd.cluster', { text: editor.clusters.get(clusterId)?.title ?? '' });
      return t('dnd.card', { text: editor.cards.get(String(id))?.text ?? '' });
    };
    // "kelompok Bone", "kelompok Bone, Tantangan" (a lane of the grid), "kolom Tantangan" (a board
    // laid out per kind), "kolom Belum dikelompokkan".
    const placeName = (key: string | null) => {
      if (key === null) return '';
      const [columnKey, laneKey] = key.split('|');
      const kind = (k: string | undefined) => view?.kinds.find((e) => e.key === k);
      const group = getState().groups[columnKey ?? '']?.name;
      const columnKind = kind(columnKey);
      const column =
        columnKey === INBOX
          ? t('dnd.column', { name: t('dnd.inbox') })
          : group !== undefined
            ? t('dnd.group', { name: group })
            : t('dnd.column', { name: columnKind ? kindLabel(columnKind) : '' });
      const lane = laneKey ? kind(laneKey) : undefined;
      return lane ? `${column}, ${kindLabel(lane)}` : column;
    };
    /**
     * Where the item would land if dropped now: where a pointer drag's line stands, or (keys, own
     * cell) over an item it takes that item's place.
     */
    const where = (id: string | number, overId: string | number | undefined, current: CellItems | null) => {
      const source = current ?? cells;
      const line = dropLine();
      if (line) {
        const items = (source[line.cell] ?? []).filter((item) => item !== String(id));
        return { place: placeName(line.cell), position: landingIndex(line, items) + 1, total: items.length + 1 };
      }
      const key = overId === undefined ? null : findCell(source, String(overId));
      const list = key ? (source[key] ?? []) : [];
      const overIndex = list.indexOf(String(overId));
      const ownIndex = list.indexOf(String(id));
      const index = overIndex >= 0 ? overIndex : ownIndex >= 0 ? ownIndex : list.length;
      return { place: placeName(key), position: index + 1, total: ownIndex >= 0 ? list.length : list.length + 1 };
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        movedAway.current = false;
        return t('dnd.pickedUp', { item: itemName(active.id), place: placeName(findCell(cells, String(active.id))) });
      },
      onDragOver: ({ active, over }) => {
        if (!over) return undefined;
        // Over itself before it has moved: keep the "picked up" message audible. Once it has
        // moved, over itself is a place like any other (back where it was picked up).
        if (over.id === active.id && !movedAway.current) return undefined;
        movedAway.current = true;
        return t('dnd.over', { item: itemName(active.id), ...where(active.id, over.id, dragCells) });
      },
      onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', { item: itemName(active.id), ...where(active.id, over.id, dragCells) }) : undefined),
      onDragCancel: ({ active }) => t('dnd.cancelled', { item: itemName(active.id), place: placeName(findCell(cells, String(active.id))) }),
    };
    const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('dnd.instructions') };
    return { announcements, screenReaderInstructions };
  }, [view, cells, dragCells, findCell, t, kindLabel, editor]);
}
