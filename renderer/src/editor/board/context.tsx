import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
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

/** The laid-out board; re-renders only when something the view shows changes. */
export function useBoardView(): BoardView | null {
  const editor = useEditor();
  useStore(editor.store, useShallow((s) => [s.cards, s.customKinds, s.clusters, s.ui.filters, s.ui.projector.on]));
  useAppStore(useShallow((s) => [s.sessions[editor.sessionId], s.groups]));
  return editor.view();
}
