import {
  KeyboardSensor,
  type CollisionDetection,
  type UniqueIdentifier,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
  type TouchSensorOptions,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCommand } from '../../../commands/useCommand.ts';
import type { BoardEditor } from '../../../editor/board/board-editor.ts';
import { useEditor } from '../../../editor/board/context.tsx';
import { setDraggedItem } from '../../../editor/board/drag-state.ts';
import { clusterOfItem, type BoardView, type Cell } from '../../../editor/board/view.ts';
import { pauseWatching, resumeWatching } from '../card/near-screen.ts';
import { cardBefore, findCell, type CellItems } from './cells.ts';
import { closestInCellUnderPointer } from './collision.ts';
import { dropLine, landingIndex, lineAt, showDropLine, type DropLine } from './drop-line.ts';
import { boardKeyboardCoordinates, takeStepTarget } from './keyboard-coordinates.ts';
import { useDragAnnouncements } from './useDragAnnouncements.ts';

// The sensors' options, made once: new objects on a render give dnd-kit new sensors, and with
// them new listeners for every card, so each card on the board re-rendered on every drag step.
const POINTER: PointerSensorOptions = { activationConstraint: { distance: 6 } };
const TOUCH: TouchSensorOptions = { activationConstraint: { delay: 180, tolerance: 8 } };
// Space picks a card up; Enter is kept for editing the focused card. Scrolling for a key is
// instant: a smooth scroll still running when the next arrow came made drop positions vary.
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: boardKeyboardCoordinates,
  scrollBehavior: 'instant',
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/**
 * Drag and drop of cards and clusters between and within cells (columns, or the grid's group ×
 * kind cells), by mouse, touch and keyboard. Within its own cell an item makes room as it moves
 * (dnd-kit's sortable). Into another cell, a pointer drag shows a line where it will land
 * (`drop-line.ts`); a keyboard drag, a step at a time, carries the item into a local copy of the
 * cells. On drop the move is saved once, through the same `moveCards` command the menu uses. A
 * card of the selection carries the whole selection along; a cluster carries its cards.
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
  const shown = dragCells ?? cells;
  // How the drag started: keys carry the item from cell to cell, a pointer gets a drop line.
  const byKeys = useRef(false);
  // Where the pointer is (dnd-kit hands it to collision detection only): before or after the item under it.
  const pointerY = useRef<number | null>(null);

  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(TouchSensor, TOUCH), useSensor(KeyboardSensor, KEYBOARD));

  // A keyboard drag moving an item into another cell shifts both cells, which can put it over the
  // first cell again, and back: React gave up ("maximum update depth") on long columns. Until the
  // move is drawn, the item stays over where it went (as in dnd-kit's multiple-containers example).
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const justMoved = useRef(false);
  const collisionDetection = useCallback<CollisionDetection>((args) => {
    pointerY.current = args.pointerCoordinates?.y ?? null;
    // An arrow into another cell: over what it reached there (`keyboard-coordinates.ts`).
    const target = takeStepTarget();
    if (target !== null) {
      lastOver.current = target;
      return [{ id: target }];
    }
    if (justMoved.current && lastOver.current !== null) return [{ id: lastOver.current }];
    const hits = closestInCellUnderPointer(args);
    lastOver.current = hits[0]?.id ?? null;
    return hits;
  }, []);
  useEffect(() => {
    const frame = requestAnimationFrame(() => (justMoved.current = false));
    return () => cancelAnimationFrame(frame);
  }, [dragCells]);

  function onDragStart({ active, activatorEvent }: DragStartEvent) {
    byKeys.current = activatorEvent instanceof KeyboardEvent;
    showDropLine(null);
    setDraggedItem(String(active.id));
    // A pointer drag pauses the watch on cards near the screen (its auto-scroll made every card's
    // intersection count each frame). A keyboard drag keeps it: the cards its steps scroll to must
    // become sortable, or the card in hand cannot pass the ones that were near when it started.
    if (!byKeys.current) pauseWatching();
    // A pointer drag changes no React state until the drop: the board draws nothing again for it.
    if (byKeys.current) showDrag(cells);
    else latest.current = cells;
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const current = latest.current;
    if (!current) return;
    if (!byKeys.current) return showDropLine(over ? lineAt(current, String(active.id), over, pointerY.current) : null);
    if (!over) return;
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

  /** The pointer crossed the middle of the item under it: the line goes to its other side. */
  function onDragMove({ active, over }: DragMoveEvent) {
    const current = latest.current;
    if (byKeys.current || !current || !over) return;
    showDropLine(lineAt(current, String(active.id), over, pointerY.current));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const current = latest.current;
    const line = byKeys.current ? null : dropLine();
    finish();
    if (!over || !current || !view) return;
    const id = String(active.id);
    if (line) return dropAtLine(id, line, current);
    const cellKey = findCell(current, id);
    const cell = cellKey ? view.cells[cellKey] : undefined;
    if (!cell) return;
    let list = current[cell.key] ?? [];
    const overIndex = list.indexOf(String(over.id));
    if (overIndex >= 0) list = arrayMove(list, list.indexOf(id), overIndex);
    const moving = movingCards(editor, id);
    moveAfter(cell, moving, list.slice(0, list.indexOf(id)).filter((item) => !moving.includes(item)));
  }

  /** A pointer drop into another cell: where its line stands. */
  function dropAtLine(id: string, line: DropLine, current: CellItems) {
    const cell = view?.cells[line.cell];
    if (!cell) return;
    const moving = movingCards(editor, id);
    const items = (current[line.cell] ?? []).filter((item) => item !== id && !moving.includes(item));
    moveAfter(cell, moving, items.slice(0, landingIndex(line, items)));
  }

  /** Every drop is one `moveCards`: into the cell, after the last of the items that stay before it. */
  function moveAfter(cell: Cell, moving: string[], before: readonly string[]) {
    void run('moveCards', { ids: moving, to: { ...cell.dims, afterCardId: cardBefore(cell, before.at(-1) ?? null) } });
  }

  function finish() {
    // A step the sensor did not carry out leaves nothing for the next drag.
    takeStepTarget();
    // Cleared once dnd-kit has announced the drop, which reads where the line stood.
    queueMicrotask(() => showDropLine(null));
    setDraggedItem(null);
    resumeWatching();
    showDrag(null);
  }

  const accessibility = useDragAnnouncements(view, cells, dragCells, findCell);

  return {
    shown,
    contextProps: { sensors, collisionDetection, onDragStart, onDragMove, onDragOver, onDragEnd, onDragCancel: finish, accessibility },
  };
}

/**
 * The cards a dragged item carries: a cluster's cards (all of them, from every column that shows
 * it: a cluster that travels whole stays together, `clustersMovingWhole`), the selection, or the
 * card alone.
 */
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
