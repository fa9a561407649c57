import { useCallback, useLayoutEffect, useRef } from 'react';
import { setDraggedItem } from '../../../editor/board/drag-state.ts';
import { pauseWatching, resumeWatching } from '../card/near-screen.ts';
import { cellAt, lineAt, sameLine, showDropLine, type DropLine, type MeasuredItem } from './drop-line.ts';
import { BOARD_SCROLLER, scrollNearEdges } from './edge-scroll.ts';
import { announce, previewNode, usePointerDragStore, type StartPointerDrag } from './pointer-drag-store.ts';
import { followPointer, type Point } from './pointer-gesture.ts';

/** What a screen reader hears as a pointer moves an item (`useDragAnnouncements`). */
export interface PointerWords {
  pickedUp(item: string): string;
  over(item: string, line: DropLine): string;
  dropped(item: string, line: DropLine): string;
  cancelled(item: string): string;
}

export interface PointerDragBoard {
  /** The cards that travel with an item: a cluster's, the selection it belongs to, or the card. */
  carried(item: string): string[];
  /** Saves the drop: the item (and what it carries) where the line stands. */
  drop(item: string, line: DropLine): void;
  words: PointerWords;
}

/** How far below and to the right of the pointer the preview's corner follows, so the line stays in sight. */
const GAP = 14;

/**
 * Drag and drop by mouse, pen or touch, without dnd-kit: a drag changes no React state but the
 * held item's (faded), its preview and the line, so a pick-up and a drop re-render the two
 * columns they touch and not every card on the board. The cells and items are read from the page
 * (`data-drop-cell`, `data-drag-item`) once a frame while the pointer or the page moves.
 */
export function usePointerDrag(board: PointerDragBoard): StartPointerDrag {
  const latest = useRef(board);
  useLayoutEffect(() => {
    latest.current = board;
  });
  return useCallback((down: PointerEvent, item: string) => {
    const source = (down.target as Element | null)?.closest<HTMLElement>('[data-drag-item]');
    if (!source) return;
    const scroller = source.closest<HTMLElement>(BOARD_SCROLLER);
    let at: Point = { x: down.clientX, y: down.clientY };
    let carried: ReadonlySet<string> = new Set();
    let line: DropLine | null = null;
    let measuredAt = '';
    let frame = 0;

    const where = () => `${at.x},${at.y},${window.scrollX},${window.scrollY},${scroller?.scrollLeft},${scroller?.scrollTop}`;
    const lineNow = (): DropLine | null => {
      const cells = [...document.querySelectorAll<HTMLElement>('[data-drop-cell]')].map((node) => ({ node, box: node.getBoundingClientRect() }));
      const cell = cellAt(at, cells);
      return cell ? lineAt(cell.node.dataset.dropCell ?? '', at, itemsOf(cell.node), item, carried) : null;
    };
    const follow = () => {
      frame = requestAnimationFrame(follow);
      scrollNearEdges(at, scroller);
      if (previewNode.current) previewNode.current.style.transform = `translate3d(${at.x + GAP}px, ${at.y + GAP}px, 0)`;
      const now = where();
      if (now === measuredAt) return;
      measuredAt = now;
      const next = lineNow();
      if (sameLine(next, line)) return;
      line = next;
      showDropLine(next);
      if (next) announce(latest.current.words.over(item, next));
    };
    const end = () => {
      cancelAnimationFrame(frame);
      showDropLine(null);
      setDraggedItem(null);
      usePointerDragStore.setState({ held: null });
      resumeWatching();
    };

    followPointer(down, {
      start(point) {
        at = point;
        const box = source.getBoundingClientRect();
        carried = new Set(latest.current.carried(item));
        setDraggedItem(item, 'pointer');
        // No intersections while the pointer drags: its auto-scroll made every card count each frame.
        pauseWatching();
        usePointerDragStore.setState({ held: { item, width: box.width, height: box.height, x: at.x + GAP, y: at.y + GAP } });
        announce(latest.current.words.pickedUp(item));
        frame = requestAnimationFrame(follow);
      },
      move(point) {
        at = point;
      },
      drop(point) {
        at = point;
        const landing = where() === measuredAt ? line : lineNow();
        const { words, drop } = latest.current;
        // Said of the board as it stood: the move may end the selection the words count.
        const said = landing ? words.dropped(item, landing) : words.cancelled(item);
        // The save goes first: the drop's optimistic move and the line's end render together.
        if (landing) drop(item, landing);
        end();
        announce(said);
      },
      cancel() {
        end();
        announce(latest.current.words.cancelled(item));
      },
    });
  }, []);
}

/** The items a cell draws now, where they stand: its list's own children (a cluster's cards are inside their cluster). */
function itemsOf(list: HTMLElement): MeasuredItem[] {
  const items: MeasuredItem[] = [];
  for (const child of list.children) {
    const id = (child as HTMLElement).dataset.dragItem;
    if (id) items.push({ id, box: child.getBoundingClientRect() });
  }
  return items;
}
