import type { Card, Cluster, CustomKind, Link, StrategyTag, Vote, VoteRound, VoteTotal, VoteVoters } from '#shared/model.ts';

/** One board's entities, as its editor holds them (see `EntityTable`). */
export interface BoardData {
  /** This board's cards, deleted ones too (an undo brings them back). */
  cards: Record<string, Card>;
  /** Cards of other sessions that a link of this board reaches (read only here). */
  linkedCards: Record<string, Card>;
  customKinds: Record<string, CustomKind>;
  clusters: Record<string, Cluster>;
  links: Record<string, Link>;
  voteRounds: Record<string, VoteRound>;
  /** Keyed by `voteKey` (round, card, group). */
  votes: Record<string, Vote>;
  /** Keyed by `votersKey` (round, group). */
  voteVoters: Record<string, VoteVoters>;
}

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
  /** The page of groups shown (0 first), when not every group fits the screen at once. */
  page: number;
  /**
   * The column keys on each page, as the projector view planned them for this screen (it
   * measures the text, so the page works it out and tells the editor).
   */
  pages: string[][];
}

/**
 * Where the keyboard is on the board: a card, a column's capture field, the search box, or one of
 * the board's tools a dialog, menu or mode goes back to when it closes (`projector`, `help`…).
 */
export type FocusTarget = { kind: 'card'; id: string } | { kind: 'capture'; column: string } | { kind: 'search' } | { kind: 'tool'; name: string };

export function sameTarget(a: FocusTarget | null, b: FocusTarget | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'card') return b.kind === 'card' && a.id === b.id;
  if (a.kind === 'capture') return b.kind === 'capture' && a.column === b.column;
  if (a.kind === 'tool') return b.kind === 'tool' && a.name === b.name;
  return a.kind === b.kind;
}

/**
 * The editor says where focus is; the page follows. `request` counts the times a command asked
 * for focus (the element takes it then), while focus a person moved (Tab, a click) is only noted.
 */
export interface FocusState {
  target: FocusTarget | null;
  request: number;
}

/** What this window shows of a board (never saved, never shared). */
export interface BoardUi {
  focus: FocusState;
  selection: string[];
  filters: BoardFilters;
  /** The card a link starts from while the facilitator picks the other end. */
  linkFrom: string | null;
  /** The card whose chain of links is highlighted. */
  chainOf: string | null;
  /** The group whose dots are being entered in the open vote. */
  voterGroupId: string | null;
  panel: 'vote' | 'kinds' | null;
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

/** The parts of the ui that name cards, and the cards each names. */
const CARDS_NAMED: Partial<Record<keyof BoardUi, (ui: BoardUi) => ReadonlyArray<string | null>>> = {
  focus: (ui) => [ui.focus.target?.kind === 'card' ? ui.focus.target.id : null],
  selection: (ui) => ui.selection,
  editing: (ui) => [ui.editing],
  menu: (ui) => [ui.menu?.cardId ?? null],
  linkFrom: (ui) => [ui.linkFrom],
};

/**
 * The cards a change of the ui concerns: those named before or after by the parts that changed
 * (focus, selection, editing, menu, link start). Null when another part changed (a filter, the
 * chain shown, the projector): it may concern any card.
 */
export function cardsNamedByUiChange(before: BoardUi, after: BoardUi): string[] | null {
  const ids = new Set<string>();
  for (const key of Object.keys(after) as Array<keyof BoardUi>) {
    if (before[key] === after[key]) continue;
    const named = CARDS_NAMED[key];
    if (!named) return null;
    for (const id of [...named(before), ...named(after)]) if (id !== null) ids.add(id);
  }
  return [...ids];
}

/**
 * Besides the entities: the phones' dots per card (`phoneVoteKey`), sums the core keeps, not
 * versioned entities: each event carries the newest total of its cards.
 */
export type BoardState = BoardData & { phoneVotes: Record<string, VoteTotal>; ui: BoardUi };

export const NO_FILTERS: BoardFilters = { text: '', kinds: [], tags: [], group: null };

export function initialUi(): BoardUi {
  return {
    focus: { target: null, request: 0 },
    selection: [],
    filters: NO_FILTERS,
    linkFrom: null,
    chainOf: null,
    voterGroupId: null,
    panel: null,
    projector: { on: false, zoom: 1, focus: null, wasFullscreen: false, page: 0, pages: [] },
    helpOpen: false,
    detailsOf: null,
    editing: null,
    merging: null,
    menu: null,
    captureKind: null,
    captureTag: null,
  };
}

export function emptyBoardState(): BoardState {
  return { cards: {}, linkedCards: {}, customKinds: {}, clusters: {}, links: {}, voteRounds: {}, votes: {}, voteVoters: {}, phoneVotes: {}, ui: initialUi() };
}

export function hasFilters(filters: BoardFilters): boolean {
  return filters.text.trim() !== '' || filters.kinds.length > 0 || filters.tags.length > 0 || filters.group !== null;
}

export const voteKey = (v: Pick<Vote, 'roundId' | 'cardId' | 'groupId'>) => `${v.roundId}:${v.cardId}:${v.groupId}`;
export const votersKey = (v: Pick<VoteVoters, 'roundId' | 'groupId'>) => `${v.roundId}:${v.groupId}`;
export const phoneVoteKey = (v: Pick<VoteTotal, 'roundId' | 'cardId'>) => `${v.roundId}:${v.cardId}`;
