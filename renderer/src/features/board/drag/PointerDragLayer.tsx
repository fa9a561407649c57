import { createPortal } from 'react-dom';
import { DragPreview } from '../card/CardItem.tsx';
import { BOARD_SCROLLER, scrollByWheel } from './edge-scroll.ts';
import { previewNode, usePointerDragStore } from './pointer-drag-store.ts';

/**
 * What a pointer drag draws: the item in hand beside the pointer, in a layer of its own (moving it
 * repaints no column). And the board's live region for drags, by pointer or keys (`announce`).
 * Renders when a drag starts and ends, and for each thing said.
 */
export function PointerDragLayer() {
  const held = usePointerDragStore((s) => s.held);
  const message = usePointerDragStore((s) => s.message);
  return (
    <>
      {held &&
        createPortal(
          <>
            {/* Over the whole page while an item is in hand: the hand shows "grabbing" wherever it
                goes, and the cards under it are not hovered (a class on the page to change the
                cursor would have restyled every card at the pick-up and at the drop). A wheel
                over it still scrolls the page, and the board sideways. */}
            <div className="pointer-drag-cover" aria-hidden="true" ref={passWheelThrough} />
            <div ref={(node) => void (previewNode.current = node)} className="drag-overlay pointer-drag-preview" style={{ width: held.width, height: held.height, transform: `translate3d(${held.x}px, ${held.y}px, 0)` }}>
              <DragPreview itemId={held.item} />
            </div>
          </>,
          document.body,
        )}
      <div className="visually-hidden" role="status" aria-live="assertive" aria-atomic="true">
        {message}
      </div>
    </>
  );
}

/** Over the cover the browser scrolled neither the page nor the board: the wheel goes on to them. */
function passWheelThrough(cover: HTMLDivElement | null) {
  if (!cover) return;
  const scroll = (event: WheelEvent) => {
    event.preventDefault();
    scrollByWheel(event, document.querySelector<HTMLElement>(BOARD_SCROLLER));
  };
  cover.addEventListener('wheel', scroll, { passive: false });
  return () => cover.removeEventListener('wheel', scroll);
}
