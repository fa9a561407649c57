/**
 * Domain types: what the core returns and the renderer shows. Code words are English,
 * UI words are Indonesian (Kelompok = Group, Kartu = Card, Tantangan = challenge, ...).
 * Dates are ISO strings: calendar days as `YYYY-MM-DD`, instants as full ISO timestamps.
 */

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Workshop {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  venue: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkshopSummary extends Workshop {
  groupCount: number;
  cardCount: number;
}

/** A working group: a kabupaten, kecamatan, village, or a custom group. */
export interface Group {
  id: string;
  workshopId: string;
  name: string;
  /** A key of the projector-safe palette (see `shared/palette.ts`). */
  color: string;
  /** Fractional-index key: groups sort by it as plain strings. */
  position: string;
  /** Official region code (idn-area-data) when the group stands for a region. */
  regionCode: string | null;
}

export const SESSION_KINDS = ['board', 'plenary'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_TEMPLATES = ['challenges_solutions', 'achievements', 'action_plan', 'blank'] as const;
export type SessionTemplate = (typeof SESSION_TEMPLATES)[number];

/**
 * How a board lays its cards out: a column per group (and the inbox), a group × kind grid
 * (lanes per card kind), or a column per card kind (a blank board's own columns).
 */
export const BOARD_LAYOUTS = ['groups', 'grid', 'kinds'] as const;
export type BoardLayout = (typeof BOARD_LAYOUTS)[number];

/**
 * The exercise timer of a session. Running while `endsAt` is set (the remaining time is then
 * `endsAt - now`); paused or not started otherwise, with `remainingMs` left.
 */
export interface TimerState {
  durationMs: number;
  remainingMs: number;
  endsAt: string | null;
}

export interface Session {
  id: string;
  workshopId: string;
  title: string;
  /** 1-based day of the meeting. */
  day: number;
  /** `HH:MM`, local time of the venue. */
  startTime: string | null;
  durationMinutes: number | null;
  kind: SessionKind;
  template: SessionTemplate;
  /** The guiding question shown on top of the board. */
  question: string;
  position: string;
  layout: BoardLayout;
  timer: TimerState;
  /** A locked board is read-only (after its session); it can be unlocked. */
  lockedAt: string | null;
  /** Set when removed from the agenda; a removal can be undone. */
  deletedAt: string | null;
}

/** `note`: a card of a blank board, optionally of one of the board's own kinds (`customKindId`). */
export const CARD_KINDS = ['challenge', 'solution', 'achievement', 'action', 'note'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** The card kinds each template offers, in the order the capture field cycles through them. */
export const TEMPLATE_KINDS: Record<SessionTemplate, readonly CardKind[]> = {
  challenges_solutions: ['challenge', 'solution'],
  achievements: ['achievement'],
  action_plan: ['action'],
  blank: ['note'],
};

/** The three TPBIS strategies an achievement can be tagged with. */
export const STRATEGY_TAGS = ['services', 'community', 'advocacy'] as const;
export type StrategyTag = (typeof STRATEGY_TAGS)[number];

export interface Card {
  id: string;
  workshopId: string;
  sessionId: string;
  /** `null` while the card sits in the inbox ("Belum dikelompokkan"). */
  groupId: string | null;
  kind: CardKind;
  /** One of the board's own kinds (blank boards only); `null` for the built-in kinds. */
  customKindId: string | null;
  /** For an action plan card (kind `action`) this is the "what". */
  text: string;
  position: string;
  tag: StrategyTag | null;
  author: string | null;
  /** Action plan: who is responsible (PIC), by when, and how success is seen. */
  who: string | null;
  byWhen: string | null;
  indicator: string | null;
  /** The cluster of duplicates this card was merged into; the card stays visible inside it. */
  clusterId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set when the card is deleted; a deleted card can be restored (undo). */
  deletedAt: string | null;
}

/** Shapes a custom kind can show beside its label and colour (never colour alone). */
export const KIND_ICONS = ['alert', 'bulb', 'star', 'check', 'note', 'heart', 'flag', 'question', 'chat', 'people'] as const;
export type KindIcon = (typeof KIND_ICONS)[number];

/** A card kind a facilitator made for a blank board ("Harapan", "Kekhawatiran", ...). */
export interface CustomKind {
  id: string;
  sessionId: string;
  label: string;
  /** A key of the palette (`shared/palette.ts`). */
  color: string;
  icon: KindIcon;
  position: string;
  deletedAt: string | null;
}

/** Duplicates merged under one title; their cards keep their text and their votes add up. */
export interface Cluster {
  id: string;
  sessionId: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Set when the cluster is undone (its cards go back to standing alone). */
  deletedAt: string | null;
}

/**
 * "This solution answers that challenge" (or "this plan carries out that solution"). Links may
 * join cards of different sessions of one workshop: a plan on day 2 answers a solution of day 1.
 */
export interface Link {
  id: string;
  workshopId: string;
  fromCardId: string;
  toCardId: string;
  createdAt: string;
  deletedAt: string | null;
}

/** Which card kind may link to which: a solution to a challenge, a plan to a solution. */
export const LINK_RULES: ReadonlyArray<{ from: CardKind; to: CardKind }> = [
  { from: 'solution', to: 'challenge' },
  { from: 'action', to: 'solution' },
];

/** Dots per participant (a group then holds dots × its voters) or per group. */
export const VOTE_BUDGET_SCOPES = ['participant', 'group'] as const;
export type VoteBudgetScope = (typeof VOTE_BUDGET_SCOPES)[number];

/** One dot vote on a board. Results stay hidden while it is open (`closedAt` null). */
export interface VoteRound {
  id: string;
  sessionId: string;
  /** Dots per participant or per group (see `budgetScope`). */
  budget: number;
  budgetScope: VoteBudgetScope;
  /** At most one dot per card from each voter. */
  onePerCard: boolean;
  /** Only cards of this kind take dots ("choose the three most pressing challenges"); null: any. */
  cardKind: CardKind | null;
  openedAt: string;
  closedAt: string | null;
  deletedAt: string | null;
}

/** How many dots one group placed on one card in one round (paper dots typed in, or clicked). */
export interface Vote {
  roundId: string;
  cardId: string;
  groupId: string;
  dots: number;
}

/** How many people vote for a group in a per-participant round (their dots add up to the group's budget). */
export interface VoteVoters {
  roundId: string;
  groupId: string;
  voters: number;
}

/** The dots a card received in a closed round (a cluster's total is the sum of its cards). */
export interface VoteTotal {
  roundId: string;
  cardId: string;
  dots: number;
}

export interface WorkshopDetail {
  workshop: Workshop;
  groups: Group[];
  sessions: Session[];
}

export interface SessionBoard {
  session: Session;
  cards: Card[];
  customKinds: CustomKind[];
  clusters: Cluster[];
  /** Every live link that touches a card of this board. */
  links: Link[];
  /** Cards of other sessions that a link on this board reaches (for "answers: ..." on a card). */
  linkedCards: Card[];
  voteRounds: VoteRound[];
  /** Every group's dots of every round (ballots), for entering and correcting paper votes. */
  votes: Vote[];
  voteVoters: VoteVoters[];
  /** Dots per card of the closed rounds only: what a report ranks. */
  voteTotals: VoteTotal[];
}

export interface Settings {
  language: Language;
}
