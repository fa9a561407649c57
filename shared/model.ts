/**
 * Domain types: what the core returns and the renderer shows. Code words are English,
 * UI words are Indonesian (Kelompok = Group, Kartu = Card, Tantangan = challenge, ...).
 * Dates are ISO strings: calendar days as `YYYY-MM-DD`, instants as full ISO timestamps.
 */

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Provincial PLM (groups per kabupaten/kota), kabupaten/kota PLM (groups per kecamatan or desa), or national. */
export const WORKSHOP_LEVELS = ['province', 'regency', 'national'] as const;
export type WorkshopLevel = (typeof WORKSHOP_LEVELS)[number];

/** Luring, daring, campuran. */
export const WORKSHOP_MODES = ['in_person', 'online', 'hybrid'] as const;
export type WorkshopMode = (typeof WORKSHOP_MODES)[number];

export interface Workshop {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  venue: string;
  level: WorkshopLevel;
  /** Official region codes (idn-area-data): the province, and for a kabupaten/kota PLM its regency. */
  provinceCode: string | null;
  regencyCode: string | null;
  /** Who holds the meeting, e.g. "Dinas Perpustakaan dan Kearsipan Provinsi Lampung". */
  organizer: string;
  mode: WorkshopMode;
  createdAt: string;
  updatedAt: string;
}

export interface WorkshopSummary extends Workshop {
  groupCount: number;
  cardCount: number;
  participantCount: number;
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

/** What deleting a group touches, for the confirmation ("3 kartu pindah ke Belum dikelompokkan"). */
export interface GroupUsage {
  cards: number;
  participants: number;
}

export interface GroupDeleted extends GroupUsage {
  groupId: string;
  workshopId: string;
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

/** Levels of Indonesia's official regions: provinsi, kabupaten/kota, kecamatan, desa/kelurahan. */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** One official region, with the names of the areas it lies in (many villages share a name). */
export interface Region {
  /** `18`, `18.08`, `18.08.01`, `18.08.01.2001`: each level adds a part to its parent's code. */
  code: string;
  name: string;
  level: RegionLevel;
  districtName: string | null;
  regencyName: string | null;
  provinceName: string | null;
}

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** Who a participant is at the meeting; the UI words are in i18n (roster:role.*). */
export const PARTICIPANT_ROLES = [
  'village_librarian',
  'village_head',
  'regency_library',
  'province_library',
  'beneficiary',
  'facilitator',
  'master_trainer',
  'committee',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The workshop's own team (fasilitator, master trainer/narasumber): roster entries shown on its details page. */
export const TEAM_ROLES = ['facilitator', 'master_trainer'] as const satisfies readonly ParticipantRole[];

export interface Participant {
  id: string;
  workshopId: string;
  /** `null`: not in a working group (the provincial team, the committee, ...). */
  groupId: string | null;
  name: string;
  gender: Gender | null;
  role: ParticipantRole;
  /** Where the participant comes from: kabupaten/kota, desa/kelurahan, library or institution. */
  regency: string;
  village: string;
  institution: string;
  phone: string;
  notes: string;
  /** Days of the meeting (1-based) the participant was checked in on, ascending. */
  daysPresent: number[];
  /** Ascending in the order participants were added (an import keeps the spreadsheet's order). */
  addedOrder: number;
  createdAt: string;
  updatedAt: string;
  /** Set when removed from the roster; a removal can be undone. */
  deletedAt: string | null;
}

/** Head counts of some participants: the numbers a facilitator reads aloud at the opening. */
export interface ParticipantCounts {
  total: number;
  byRole: Record<ParticipantRole, number>;
  byGender: { female: number; male: number; unknown: number };
  /** Checked-in participants per meeting day: index 0 is day 1. */
  presentByDay: number[];
}

export interface ParticipantSummaryRow extends ParticipantCounts {
  /** `null`: the participants without a group. */
  groupId: string | null;
  groupName: string | null;
  color: string | null;
}

/**
 * Participants per group × role, per gender, and attendance per day. The setup pages show it and
 * the reports use it as it is, so keep its shape stable (add fields, never rename).
 */
export interface ParticipantSummary {
  workshopId: string;
  /** The meeting days as ISO dates, day 1 first. */
  days: string[];
  /** One row per group in board order, then one for participants without a group when there are any. */
  groups: ParticipantSummaryRow[];
  total: ParticipantCounts;
}

/** The cells of one spreadsheet, as text: what the import's mapping step works on. */
export interface SpreadsheetGrid {
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: Array<{ name: string; rows: string[][] }>;
}

export interface ImportResult {
  /** The participants the import added. */
  added: Participant[];
  /** Rows that matched someone already on the roster (the same file imported again). */
  alreadyPresent: number;
}

/** A file made by the core for the user to save (base64, so it crosses every door as JSON). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: string;
}
