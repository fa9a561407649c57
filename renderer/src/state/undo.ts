import { create } from 'zustand';
import type boardTexts from '../i18n/id/board.json';

/** What an undo step did, as a key of `board:history` ("Dibatalkan: memindah kartu"). */
export type HistoryAction = keyof (typeof boardTexts)['history'];

/**
 * One stack of undoable steps for the whole app. Each step knows how to undo and redo itself
 * through the core, so an undo is a real, saved change (and reaches other windows too).
 */
export interface UndoStep {
  action: HistoryAction;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

interface UndoState {
  past: UndoStep[];
  future: UndoStep[];
}

const LIMIT = 200;

export const useUndo = create<UndoState>(() => ({ past: [], future: [] }));

export function recordStep(step: UndoStep) {
  useUndo.setState((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), step], future: [] }));
}

/** Undoes the newest step; resolves with it, or null when there was nothing to undo. */
export async function undo(): Promise<UndoStep | null> {
  const step = useUndo.getState().past.at(-1);
  if (!step) return null;
  useUndo.setState((s) => ({ past: s.past.slice(0, -1) }));
  try {
    await step.undo();
  } catch (error) {
    useUndo.setState((s) => ({ past: [...s.past, step] }));
    throw error;
  }
  useUndo.setState((s) => ({ future: [...s.future, step] }));
  return step;
}

export async function redo(): Promise<UndoStep | null> {
  const step = useUndo.getState().future.at(-1);
  if (!step) return null;
  useUndo.setState((s) => ({ future: s.future.slice(0, -1) }));
  try {
    await step.redo();
  } catch (error) {
    useUndo.setState((s) => ({ future: [...s.future, step] }));
    throw error;
  }
  useUndo.setState((s) => ({ past: [...s.past, step] }));
  return step;
}
