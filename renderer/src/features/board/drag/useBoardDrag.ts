import {
  closestCorners,
  pointerWithin,
  KeyboardSensor,
  type CollisionDetection,
  type UniqueIdentifier,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
  type TouchSensorOptions,
} from '@dnd-kit/core';
import { arrayMove, sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCommand } from '../../../commands/useCommand.ts';
import type { BoardEditor } from '../../../editor/board/board-editor.ts';
import { useEditor } from '../../../editor/board/context.tsx';
import { setDraggedItem } from '../../../editor/board/drag-state.ts';
import { clusterOfItem, type BoardView } from '../../../editor/board/view.ts';
import { pauseWatching, resumeWatching } from '../card/near-screen.ts';
import { useDragAnnouncements } from './useDragAnnouncements.ts';

/** Item ids per cell: what each drop target shows, in order. */
export type CellItems = Record<string, string[]>;

const DROP_PREFIX = 'cell:';

export function cellDropId(cellKey: string): string {
  return `${DROP_PREFIX}${cellKey}`;
}

// The sensors' options, made once: new objects on a render give dnd-kit new sensors, and with
// them new listeners for every card, so each card on the board re-rendered on every drag step.
const POINTER: PointerSensorOptions = { activationConstraint: { distance: 6 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 180, tolerance: 8 } };
// Space picks a card up; Enter is kept for editing the focused card. Scrolling for a key is
// instant: a smooth scroll still running when the next arrow came made drop positions vary.
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: sortableKeyboardCoordinates,
  scrollBehavior: 'instant',
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/**
 * Drag and drop of cards and clusters between and within cells (columns, or the grid's group ×
 * kind cells), by mouse, touch and keyboard. While dragging, the board shows a local copy of
 * the cells; on drop the move is saved once, through the same `moveCards` command the menu uses. A card
 * of the selection carries the whole selection along; a cluster carries its cards.
 */
export function useBoardDrag(view: BoardView | null) {
  const editor = useEditor();
  const run = useCommand();
  const cells = useMemo<CellItems>(() => (view ? Object.fromEntries(Object.values(view.cells).map((c) => [c.key, c.items])) : {}), [view]);
  const [dragCells, setDragCells] = useState<CellItems | null>(null);
  // The latest cells while dragging, for a drop that comes before React has drawn the last move:
  // reading the drawn state there dropped the card back where it started.
  const latest = useRef<CellItems | null>(null);
  const showDrag = (next: CellItems | null) => {
    latest.current = next;
    setDragCells(next);
  };
  const [activeId, setActiveId] = useState<string | null>(null);
  const shown = dragCells ?? cells;

  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, KEYBOARD));

  // Moving an item into another cell shifts both cells, which can put it over the first cell
  // again, and back: React gave up ("maximum update depth") on long columns. Until the move is
  // drawn, the item stays over where it went (as in dnd-kit's multiple-containers example).
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const justMoved = useRef(false);
  const collisionDetection = useCallback<CollisionDetection>((args) => {
    if (justMoved.current && lastOver.current !== null) return [{ id: lastOver.current }];
    const hits = args.pointerCoordinates ? closestInCellUnderPointer(args) : closestCorners(args);
    lastOver.current = hits[0]?.id ?? null;
    return hits;
  }, []);
  useEffect(() => {
    const frame = requestAnimationFrame(() => (justMoved.current = false));
    return () => cancelAnimationFrame(frame);
  }, [dragCells]);

  function onDragStart({ active }: DragStartEvent) {
    setDraggedItem(String(active.id));
    pauseWatching();
    setActiveId(String(active.id));
    showDrag(cells);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const current = latest.current;
    if (!current) return;
    const id = String(active.id);
    const from = findCell(current, id);
    const to = findCell(current, String(over.id));
    if (!from || !to || from === to) return;
    justMoved.current = true;
    const target = current[to] ?? [];
    const overIndex = target.indexOf(String(over.id));
    const index = overIndex >= 0 ? overIndex : target.length;
    showDrag({
      ...current,
      [from]: (current[from] ?? []).filter((x) => x !== id),
      [to]: [...target.slice(0, index), id, ...target.slice(index)],
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const current = latest.current;
    finish();
    if (!over || !current || !view) return;
    const id = String(active.id);
    const cellKey = findCell(current, id);
    const cell = cellKey ? view.cells[cellKey] : undefined;
    if (!cell) return;
    let list = current[cell.key] ?? [];
    const overIndex = list.indexOf(String(over.id));
    if (overIndex >= 0) list = arrayMove(list, list.indexOf(id), overIndex);
    const moving = movingCards(editor, id);
    const before = list.slice(0, list.indexOf(id)).filter((item) => !moving.includes(item));
    void run('moveCards', { ids: moving, to: { ...cell.dims, afterCardId: lastCardOf(editor, before.at(-1) ?? null) } });
  }

  function finish() {
    setDraggedItem(null);
    resumeWatching();
    setActiveId(null);
    showDrag(null);
  }

  const accessibility = useDragAnnouncements(view, cells, dragCells, findCell);

  return {
    shown,
    activeId,
    contextProps: { sensors, collisionDetection, onDragStart, onDragOver, onDragEnd, onDragCancel: finish, accessibility },
  };
}

/**
 * With a pointer, the cell under it first (20 or so), then the closest card or cluster in that
 * cell only: measuring all of a 2,000-card board's sortable cards on every pointer step was a
 * large part of a drag's frame. The keyboard keeps dnd-kit's whole-board search.
 */
function closestInCellUnderPointer(args: Parameters<CollisionDetection>[0]) {
  const cells = args.droppableContainers.filter((c) => String(c.id).startsWith(DROP_PREFIX));
  const cell = pointerWithin({ ...args, droppableContainers: cells })[0];
  if (!cell) return closestCorners(args);
  const key = String(cell.id).slice(DROP_PREFIX.length);
  const items = args.droppableContainers.filter((c) => c.data.current?.sortable?.containerId === key);
  return items.length > 0 ? closestCorners({ ...args, droppableContainers: items }) : [cell];
}

/** Which cell holds an item (or is the drop target with that id). */
export function findCell(cells: CellItems, id: string): string | null {
  if (id.startsWith(DROP_PREFIX)) {
    const key = id.slice(DROP_PREFIX.length);
    return key in cells ? key : null;
  }
  return Object.keys(cells).find((key) => cells[key]?.includes(id)) ?? null;
}

/** The cards a dragged item carries: a cluster's cards, the selection, or the card alone. */
function movingCards(editor: BoardEditor, itemId: string): string[] {
  const clusterId = clusterOfItem(itemId);
  if (clusterId) return editor.clusterMembers(clusterId);
  const selection = editor.ui.selection;
  if (!selection.includes(itemId)) return [itemId];
  return editor
    .liveCards()
    .filter((c) => selection.includes(c.id))
    .map((c) => c.id);
}

/** The card a drop lands after: an item's card, or a cluster's last card. */
function lastCardOf(editor: BoardEditor, itemId: string | null): string | null {
  if (itemId === null) return null;
  const clusterId = clusterOfItem(itemId);
  return clusterId ? (editor.clusterMembers(clusterId).at(-1) ?? null) : itemId;
}
