import { createContext, useContext, type ReactNode } from 'react';
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
 * The laid-out board; re-renders only when something the view shows changes. It reads both stores
 * (the board's cards, the app's session and groups), so it follows both; `editor.view()` is the
 * same object until what it shows changes (a revision or a card's text leaves it as it was).
 */
export function useBoardView(): BoardView | null {
  const editor = useEditor();
  useStore(editor.store, () => editor.view());
  return useAppStore(() => editor.view());
}
