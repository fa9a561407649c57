import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { useStore as useAppStore } from '../store.ts';
import type { BoardEditor } from './board-editor.ts';
import type { BoardState, BoardUi } from './board-state.ts';
import { focusedCard } from './card-watch.ts';
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
 * One card's record, heard of through the editor's subscriptions by card: for the many cards of a
 * long board, where a store selector each ran for every card at every change (`CardWatch`).
 */
export function useCardRecord(id: string): BoardState['cards'][string] | undefined {
  const editor = useEditor();
  const subscribe = useCallback((listener: () => void) => editor.watch.subscribe(id, listener), [editor, id]);
  return useSyncExternalStore(subscribe, () => editor.state.cards[id]);
}

/** Whether this card has the board's focus, heard of the same way as `useCardRecord`. */
export function useCardFocused(id: string): boolean {
  const editor = useEditor();
  const subscribe = useCallback((listener: () => void) => editor.watch.subscribe(id, listener), [editor, id]);
  return useSyncExternalStore(subscribe, () => focusedCard(editor.state) === id);
}

/** The laid-out board; re-renders only when something the view shows changes. */
export function useBoardView(): BoardView | null {
  const editor = useEditor();
  useStore(editor.store, useShallow((s) => [s.cards, s.customKinds, s.clusters, s.ui.filters, s.ui.projector.on]));
  useAppStore(useShallow((s) => [s.sessions[editor.sessionId], s.groups]));
  return editor.view();
}
