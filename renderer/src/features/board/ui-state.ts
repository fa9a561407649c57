import { create } from 'zustand';
import type { StrategyTag } from '#shared/model.ts';

/**
 * What this window shows of a board (never saved, never shared): the selection, the filters, the
 * link being drawn, the chain being highlighted, the voting group, projector mode.
 */
export interface BoardFilters {
  text: string;
  /** Kind keys (`challenge`, `custom:<id>`); empty: every kind. */
  kinds: string[];
  tags: StrategyTag[];
  /** A group id, `inbox`, or null for every group. */
  group: string | null;
}

export type ProjectorFocus = { type: 'column'; key: string } | { type: 'card'; id: string } | null;

export interface ProjectorState {
  on: boolean;
  zoom: number;
  focus: ProjectorFocus;
  /** Full screen was reached, so leaving it (F11, Esc) leaves projector mode too. */
  wasFullscreen: boolean;
}

export interface BoardUi {
  selection: string[];
  filters: BoardFilters;
  /** The card a link starts from while the facilitator picks the other end. */
  linkFrom: string | null;
  /** The card whose chain of links is highlighted. */
  chainOf: string | null;
  /** The group whose dots are being entered in the open vote. */
  voterGroupId: string | null;
  panel: 'vote' | 'timer' | 'kinds' | null;
  projector: ProjectorState;
  helpOpen: boolean;
  /** The card whose details dialog is open. */
  detailsOf: string | null;
  /** The cards being merged, while the facilitator names the cluster. */
  merging: string[] | null;
  /** The card whose text is being edited in place. */
  editing: string | null;
  /** The card whose menu is open, and which part of it. */
  menu: { cardId: string; view: 'main' | 'move' } | null;
  /** The kind key (`solution`, `custom:<id>`) the capture fields write on boards with several kinds. */
  captureKind: string | null;
  captureTag: StrategyTag | null;
}

export const NO_FILTERS: BoardFilters = { text: '', kinds: [], tags: [], group: null };

const initial: BoardUi = {
  selection: [],
  filters: NO_FILTERS,
  linkFrom: null,
  chainOf: null,
  voterGroupId: null,
  panel: null,
  projector: { on: false, zoom: 1, focus: null, wasFullscreen: false },
  helpOpen: false,
  detailsOf: null,
  editing: null,
  merging: null,
  menu: null,
  captureKind: null,
  captureTag: null,
};

export const useBoardUi = create<BoardUi>(() => initial);

export const boardUi = useBoardUi.getState;
export const setBoardUi = useBoardUi.setState;

/** A fresh board (another session) starts with nothing selected or filtered. */
export function resetBoardUi() {
  setBoardUi(initial, true);
}

export function toggleSelected(cardId: string) {
  setBoardUi((s) => ({ selection: s.selection.includes(cardId) ? s.selection.filter((id) => id !== cardId) : [...s.selection, cardId] }));
}

export function clearSelection() {
  setBoardUi({ selection: [] });
}

export function hasFilters(filters: BoardFilters): boolean {
  return filters.text.trim() !== '' || filters.kinds.length > 0 || filters.tags.length > 0 || filters.group !== null;
}

export const ZOOM_STEPS = [0.75, 1, 1.25, 1.5, 1.75, 2, 2.5] as const;

export function zoomBy(direction: 1 | -1) {
  setBoardUi((s) => {
    const index = ZOOM_STEPS.findIndex((z) => z >= s.projector.zoom);
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index < 0 ? 1 : index) + direction))] ?? 1;
    return { projector: { ...s.projector, zoom: next } };
  });
}
