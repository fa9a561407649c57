import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../../editor/board/context.tsx';
import { clusterOfItem, INBOX, type BoardView } from '../../../editor/board/view.ts';
import { getState } from '../../../editor/store.ts';
import { useKindLabel } from '../model/useKindLabel.ts';
import { carriedCards, othersCarried } from './carried.ts';
import type { CellItems } from './cells.ts';
import { landingIndex, type DropLine } from './drop-line.ts';
import { announce } from './pointer-drag-store.ts';
import type { PointerWords } from './usePointerDrag.ts';

/**
 * What a screen reader hears while a card or a cluster moves: where it was picked up, where it
 * would land ("kelompok Way Kanan, posisi 2 dari 3"), and where it was dropped. dnd-kit tells of a
 * keyboard's steps (`accessibility`), the board's own layer of a pointer's (`pointer`); both say it
 * in one live region (`announce`).
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
    // "Kartu “…”", "Kartu “…” dan 2 kartu terpilih lainnya" or "Gabungan “…”": a screen reader
    // says what is in hand, the rest of the selection included.
    const itemName = (id: string | number) => {
      const clusterId = clusterOfItem(String(id));
      if (clusterId) return t('dnd.cluster', { text: editor.clusters.get(clusterId)?.title ?? '' });
      const text = editor.cards.get(String(id))?.text ?? '';
      const others = othersCarried(editor, String(id));
      return others > 0 ? t('dnd.cardWithOthers', { text, count: others }) : t('dnd.card', { text });
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
    /** Where a pointer's line stands: the cell, and the place the item takes there. */
    // The items that travel: a selection's cards all land where the item in hand does.
    const travelling = (id: string) => (clusterOfItem(id) ? [id] : carriedCards(editor, id));
    const atLine = (id: string, line: DropLine) => {
      const carried = travelling(id);
      const items = (cells[line.cell] ?? []).filter((item) => !carried.includes(item));
      return { place: placeName(line.cell), position: landingIndex(line, items) + 1, total: items.length + carried.length };
    };
    /** Where a keyboard drag would land if dropped now: over an item it takes that item's place. */
    const where = (id: string | number, overId: string | number | undefined, current: CellItems | null) => {
      const source = current ?? cells;
      const key = overId === undefined ? null : findCell(source, String(overId));
      const list = key ? (source[key] ?? []) : [];
      const overIndex = list.indexOf(String(overId));
      const ownIndex = list.indexOf(String(id));
      const index = overIndex >= 0 ? overIndex : ownIndex >= 0 ? ownIndex : list.length;
      const carried = travelling(String(id));
      return { place: placeName(key), position: index + 1, total: list.filter((item) => !carried.includes(item)).length + carried.length };
    };
    const pickedUp = (id: string) => t('dnd.pickedUp', { item: itemName(id), place: placeName(findCell(cells, id)) });
    const cancelled = (id: string) => t('dnd.cancelled', { item: itemName(id), place: placeName(findCell(cells, id)) });
    const pointer: PointerWords = {
      pickedUp,
      over: (id, line) => t('dnd.over', { item: itemName(id), ...atLine(id, line) }),
      dropped: (id, line) => t('dnd.dropped', { item: itemName(id), ...atLine(id, line) }),
      cancelled,
    };
    // dnd-kit's own live region stays silent: the words go to the board's one region for drags.
    const announcements: Announcements = {
      onDragStart: ({ active }) => {
        movedAway.current = false;
        announce(pickedUp(String(active.id)));
        return undefined;
      },
      onDragOver: ({ active, over }) => {
        if (!over) return undefined;
        // Over itself before it has moved: keep the "picked up" message audible. Once it has
        // moved, over itself is a place like any other (back where it was picked up).
        if (over.id === active.id && !movedAway.current) return undefined;
        movedAway.current = true;
        announce(t('dnd.over', { item: itemName(active.id), ...where(active.id, over.id, dragCells) }));
        return undefined;
      },
      onDragEnd: ({ active, over }) => {
        if (over) announce(t('dnd.dropped', { item: itemName(active.id), ...where(active.id, over.id, dragCells) }));
        return undefined;
      },
      onDragCancel: ({ active }) => {
        announce(cancelled(String(active.id)));
        return undefined;
      },
    };
    const screenReaderInstructions: ScreenReaderInstructions = { draggable: t('dnd.instructions') };
    return { accessibility: { announcements, screenReaderInstructions }, pointer };
  }, [view, cells, dragCells, findCell, t, kindLabel, editor]);
}
