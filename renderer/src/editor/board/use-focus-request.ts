import { useCallback, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { useEditor } from './context.tsx';
import { sameTarget, type FocusTarget } from './board-state.ts';

/**
 * Makes an element follow the editor's focus: when a command asks for `target` (or the element
 * appears while it is the target), the element takes the focus and scrolls into view. Returns the
 * ref to put on the element.
 */
export function useFocusRequest(target: FocusTarget) {
  const editor = useEditor();
  const node = useRef<HTMLElement | null>(null);
  const request = useStore(editor.store, (s) => (sameTarget(s.ui.focus.target, target) ? s.ui.focus.request : 0));
  useEffect(() => {
    const element = node.current;
    if (request === 0 || !element || document.activeElement === element) return;
    element.focus();
    element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [request]);
  return useCallback((element: HTMLElement | null) => {
    node.current = element;
  }, []);
}
