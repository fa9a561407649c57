import type { Transform } from '@dnd-kit/utilities';

/**
 * Where dnd-kit shifts a card or cluster while another is dragged past it, as a 2D translate: a
 * 3D one (dnd-kit's own) made every shifted item a compositing layer of its own.
 */
export function shift(transform: Transform | null): string | undefined {
  return transform ? `translate(${Math.round(transform.x)}px, ${Math.round(transform.y)}px)` : undefined;
}
