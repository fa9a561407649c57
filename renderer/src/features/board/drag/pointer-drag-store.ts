import { createContext, useContext, type PointerEvent as ReactPointerEvent } from 'react';
import { create } from 'zustand';

/** The item a pointer holds, the size its preview is drawn at (the item's own) and where it is drawn first. */
export interface Held {
  item: string;
  width: number;
  height: number;
  x: number;
  y: number;
}

/** What the drag layer draws: a pointer's preview in hand, and what a screen reader hears in any drag. */
export const usePointerDragStore = create<{ held: Held | null; message: string }>(() => ({ held: null, message: '' }));

/**
 * Says where a dragged item is, in the board's one live region for drags (`PointerDragLayer`):
 * keyboard drags too, so a screen reader never hears an old drop from a second region.
 */
export function announce(message: string) {
  usePointerDragStore.setState({ message });
}

/** The preview's node: `usePointerDrag` moves it with the pointer through its style, not through React. */
export const previewNode: { current: HTMLDivElement | null } = { current: null };

/** Starts following a press on a card or a cluster (`usePointerDrag`): one function for the whole board. */
export type StartPointerDrag = (down: PointerEvent, item: string) => void;

export const PointerDragContext = createContext<StartPointerDrag>(() => undefined);

/** A card's or a cluster's `onPointerDown`: a press that may become a drag; none where it cannot move. */
export function usePickUp(item: string, movable: boolean): ((event: ReactPointerEvent) => void) | undefined {
  const start = useContext(PointerDragContext);
  return movable ? (event) => start(event.nativeEvent, item) : undefined;
}
