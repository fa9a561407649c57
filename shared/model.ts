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
  lockedAt: string | null;
}

export const CARD_KINDS = ['challenge', 'solution', 'achievement', 'action'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

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
  text: string;
  position: string;
  tag: StrategyTag | null;
  author: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set when the card is deleted; a deleted card can be restored (undo). */
  deletedAt: string | null;
}

export interface WorkshopDetail {
  workshop: Workshop;
  groups: Group[];
  sessions: Session[];
}

export interface SessionBoard {
  session: Session;
  cards: Card[];
}

export interface Settings {
  language: Language;
}
