import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStore as useAppStore } from '../store.ts';
import type { BoardEditor } from './board-editor.ts';
import type { BoardState, BoardUi } from './board-state.ts';
import type { BoardView } from './view.ts';

export const EditorContext = createContext<BoardEditor | null>(null);

/** Gives the components of one board its editor. */
export function EditorProvider({ editor, children }: { editor: BoardEditor; children: ReactNode }) {
  return <EditorContext value={editor}>{children}</EditorContext>;
}

export function useEditor(): BoardEditor {
  const editor = useContext(EditorContext);
  if (!editor) throw new Error('useEditor outside a board');
  return editor;
}

/** A piece of the board's state; the component re-renders when that piece changes. */
export function useBoard<T>(selector: (state: BoardState) => T): T {
  return useStore(useEditor().store, selector);
}

export function useBoardUi<T>(selector: (ui: BoardUi) => T): T {
  return useStore(useEditor().store, (s) => selector(s.ui));
}

/**
 * A piece of the board that card `id` shows, read from that card and from anything but the other
 * cards (its kind's colour, whether it is selected, the votes…): it is read again when this card
 * changes, when the focus, selection, editing or menu comes to it or leaves it, or when anything
 * else changes; not when another card alone does. A selector that reads other cards (how many
 * live cards a link reaches, a cluster's members) or whether another card is selected, focused or
 * edited, uses `useBoard`.
 */
export function useCardPart<T>(id: string, selector: (state: BoardState) => T): T {
  const editor = useEditor();
  const subscribe = useCallback((listener: () => void) => editor.watchCard(id, listener), [editor, id]);
  return useSyncExternalStore(subscribe, () => selector(editor.state));
}

/**
 * The laid-out board; re-renders only when something the view shows changes. It reads both stores
 * (the board's cards, the app's session and groups), so it follows both; `editor.view()` is the
 * same object until what it shows changes (a revision or a card's text leaves it as it was).
 */
export function useBoardView(): BoardView | null {
  const editor = useEditor();
  useStore(editor.store, () => editor.view());
  return useAppStore(() => editor.view());
}
