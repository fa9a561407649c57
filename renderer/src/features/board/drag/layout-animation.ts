import { defaultAnimateLayoutChanges, type AnimateLayoutChanges } from '@dnd-kit/sortable';

/**
 * Cards slide into their new places while a drag sorts them, as dnd-kit does, but not after the
 * drop. There, dnd-kit's default slides every card whose place changed in the two cells: it reads
 * each one's position during the drop's own commit (a forced layout), then draws each card twice
 * more. On the bench board that was ~4 ms of the drop before the card showed in its place; the
 * drop line had already said where it lands.
 */
export const animateWhileSorting: AnimateLayoutChanges = (args) => args.isSorting && defaultAnimateLayoutChanges(args);
