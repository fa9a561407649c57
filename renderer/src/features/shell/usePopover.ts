import { useEffect, useRef, useState } from 'react';

/**
 * A popover's open state and its two ways out: Esc closes it and gives the focus back to the
 * control that opened it; a click or tap outside closes it and leaves the focus where the click
 * put it. Keys pressed while it is open never reach the board's shortcuts.
 */
export function usePopover<Trigger extends HTMLElement = HTMLButtonElement, Panel extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<Trigger>(null);
  const panelRef = useRef<Panel>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
      triggerRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panelRef.current?.contains(target) && !triggerRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [open]);

  /** Closes and gives the focus back to the control that opened it (after a choice was made). */
  function close() {
    setOpen(false);
    triggerRef.current?.focus();
  }

  return { open, setOpen, close, triggerRef, panelRef };
}
