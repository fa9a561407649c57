// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sameShell } from '../../../renderer/src/features/board/card/CardItem.tsx';

const attributes = { role: 'button', tabIndex: 0 } as never;
const listeners = { onPointerDown: () => undefined };
const shell = { id: 'card-1', locked: false, attributes, listeners, dragging: false, shift: undefined, transition: undefined };

describe('when a card on the board draws again', () => {
  it('does not for the transition dnd-kit gives every card while a drag runs, if the card is not shifted', () => {
    expect(sameShell(shell, { ...shell, transition: 'transform 200ms ease' })).toBe(true);
  });

  it('does when it is shifted aside, comes back, or anything else of its own changes', () => {
    const shifted = { ...shell, shift: 'translate(0px, 80px)', transition: 'transform 200ms ease' };
    expect(sameShell(shell, shifted)).toBe(false);
    expect(sameShell(shifted, { ...shifted, shift: undefined })).toBe(false);
    expect(sameShell(shifted, { ...shifted, transition: undefined })).toBe(false);
    expect(sameShell(shell, { ...shell, dragging: true })).toBe(false);
    expect(sameShell(shell, { ...shell, listeners: { onPointerDown: () => undefined } })).toBe(false);
    expect(sameShell(shell, { ...shell, locked: true })).toBe(false);
  });
});
