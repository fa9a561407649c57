import { memo, useCallback, useRef, useState } from 'react';
import { useCardPart, useEditor } from '../../../editor/board/context.tsx';
import { draggedItem, isDragActive } from '../../../editor/board/drag-state.ts';
import { SortableCard, StaticCard } from './CardItem.tsx';
import { watchNearScreen } from './near-screen.ts';

/**
 * A card on the board. dnd-kit re-renders every sortable card when a drag starts and when it
 * ends: with 2,000 full cards a step took ~50 ms, and a room's board of 17 villages × 20 cards,
 * every card full, took 84 ms to pick a card up and 66 ms from drop to saved. Cards far off
 * screen are drawn with their face only (`StaticCard`), without `useSortable`, and become full
 * cards as they come near the screen, are focused (Tab, or a command: the editor's focus) or
 * touched by the pointer. One never turns back while it holds focus or a drag runs. (Nor do they
 * use `content-visibility: auto`: while a drag scrolled the board, thousands of cards switching
 * it on and off doubled the frame time.)
 */
export const LazyCard = memo(function LazyCard({
  id,
  locked,
  extraRef,
}: { id: string; locked: boolean; extraRef?: ((node: HTMLElement | null) => void) | undefined }) {
  const editor = useEditor();
  // The dragged card, carried into a long column, must stay a sortable card.
  const [near, setNear] = useState(() => draggedItem() === id);
  const focused = useCardPart(id, (s) => s.ui.focus.target?.kind === 'card' && s.ui.focus.target.id === id);
  const stop = useRef<(() => void) | null>(null);
  const node = useRef<HTMLElement | null>(null);

  const watch = useCallback((element: HTMLElement | null) => {
    extraRef?.(element);
    if (element === node.current) return;
    stop.current?.();
    stop.current = null;
    node.current = element;
    if (!element) return;
    stop.current = watchNearScreen(element, (isNear) => {
      if (isNear) setNear(true);
      else if (!isDragActive() && !element.contains(document.activeElement)) setNear(false);
    });
  }, [extraRef]);

  if (near || focused) return <SortableCard id={id} locked={locked} extraRef={watch} />;
  return (
    <StaticCard
      id={id}
      locked={locked}
      extraRef={watch}
      // Asked for, so the full card that replaces this one takes the focus.
      onFocus={() => editor.focusOn({ kind: 'card', id })}
      onPointerEnter={() => setNear(true)}
    />
  );
});
