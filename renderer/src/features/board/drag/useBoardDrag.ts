import { closestCorners, KeyboardSensor, useSensor, useSensors, type CollisionDetection, type DragEndEvent, type DragOverEvent, type DragStartEvent, type KeyboardSensorOptions, type UniqueIdentifier } from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCommand } from '../../../commands/useCommand.ts';
import { useEditor } from '../../../editor/board/context.tsx';
import { setDraggedItem } from '../../../editor/board/drag-state.ts';
import { clusterOfItem, type BoardView, type Cell } from '../../../editor/board/view.ts';
import { carriedCards } from './carried.ts';
import { cardBefore, findCell, type CellItems } from './cells.ts';
import { landingIndex, type DropLine } from './drop-line.ts';
import { boardKeyboardCoordinates, takeStepTarget } from './keyboard-coordinates.ts';
import { useDragAnnouncements } from './useDragAnnouncements.ts';
import { usePointerDrag } from './usePointerDrag.ts';

// Space picks a card up; Enter is kept for editing the focused card. Scrolling for a key is
// instant: a smooth scroll still running when the next arrow came made drop positions vary.
// Made once: new options on a render give dnd-kit new sensors, and every card new listeners.
const KEYBOARD: KeyboardSensorOptions = {
  coordinateGetter: boardKeyboardCoordinates,
  scrollBehavior: 'instant',
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
};

/**
 * Drag and drop of cards and clusters between and within cells (columns, or the grid's group ×
 * kind cells). By keyboard, dnd-kit's sortable carries the item a step at a time through a local
 * copy of the cells, and the items make room. By mouse, pen or touch, the board's own layer
 * (`usePointerDrag`) shows a line where the item will land (`drop-line.ts`). Either way the drop is
 * saved once, through the same `moveCards` command the menu uses. A card of the selection carries
 * the whole selection along; a cluster carries its cards.
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
  const sensors = useSensors(useSensor(KeyboardSensor, KEYBOARD));

  // A keyboard drag moving an item into another cell shifts both cells, which can put it over the
  // first cell again, and back: React gave up ("maximum update depth") on long columns. Until the
  // move is drawn, the item stays over where it went (as in dnd-kit's multiple-containers example).
  const lastOver = useRef<UniqueIdentifier | null>(null);
  const justMoved = useRef(false);
  const collisionDetection = useCallback<CollisionDetection>((args) => {
    // An arrow into another cell: over what it reached there (`keyboard-coordinates.ts`).
    const target = takeStepTarget();
    if (target !== null) {
      lastOver.current = target;
      return [{ id: target }];
    }
    if (justMoved.current && lastOver.current !== null) return [{ id: lastOver.current }];
    const hits = closestCorners(args);
    lastOver.current = hits[0]?.id ?? null;
    return hits;
  }, []);
  useEffect(() => {
    const frame = requestAnimationFrame(() => (justMoved.current = false));
    return () => cancelAnimationFrame(frame);
  }, [dragCells]);

  function onDragStart({ active }: DragStartEvent) {
    setDraggedItem(String(active.id), 'keys');
    showDrag(cells);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const current = latest.current;
    if (!current || !over) return;
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
    const moving = carriedCards(editor, id);
    moveAfter(cell, moving, list.slice(0, list.indexOf(id)).filter((item) => !moving.includes(item)));
  }

  /** A pointer drop: where its line stands. Back where it stood, nothing is saved. */
  function dropAtLine(id: string, line: DropLine) {
    const cell = view?.cells[line.cell];
    if (!cell) return;
    const moving = carriedCards(editor, id);
    const stays = (item: string) => item !== id && !moving.includes(item);
    const items = (cells[line.cell] ?? []).filter(stays);
    const before = items.slice(0, landingIndex(line, items));
    const list = cells[line.cell] ?? [];
    const standsAlone = moving.length === 1 || clusterOfItem(id) !== null;
    if (standsAlone && list.includes(id) && list.slice(0, list.indexOf(id)).filter(stays).join() === before.join()) return;
    moveAfter(cell, moving, before);
    // Drawn again in its new place, the card takes back the focus the press gave it (else the page's).
    if (!clusterOfItem(id)) editor.focusOn({ kind: 'card', id });
  }

  /** Every drop is one `moveCards`: into the cell, after the last of the items that stay before it. */
  function moveAfter(cell: Cell, moving: string[], before: readonly string[]) {
    void run('moveCards', { ids: moving, to: { ...cell.dims, afterCardId: cardBefore(cell, before.at(-1) ?? null) } });
  }

  function finish() {
    // A step the sensor did not carry out leaves nothing for the next drag.
    takeStepTarget();
    setDraggedItem(null);
    showDrag(null);
  }

  const { accessibility, pointer } = useDragAnnouncements(view, cells, dragCells, findCell);
  const startPointerDrag = usePointerDrag({ carried: (id) => carriedCards(editor, id), drop: dropAtLine, words: pointer });

  return {
    shown,
    startPointerDrag,
    contextProps: { sensors, collisionDetection, onDragStart, onDragOver, onDragEnd, onDragCancel: finish, accessibility },
  };
}
