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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** The participant's phone that wrote the card (see `DoorStatus`); null when typed on the laptop. */
  deviceId: string | null;
  /** A card from a phone that the facilitator has not shown yet: new, and not on the projector. */
  hidden: boolean;
}

/** Shapes a custom kind can show beside its label and colour (never colour alone). */
export const KIND_ICONS = ['alert', 'bulb', 'star', 'check', 'note', 'heart', 'flag', 'question', 'chat', 'people'] as const;
export type KindIcon = (typeof KIND_ICONS)[number];

/** A card kind a facilitator made for a blank board ("Harapan", "Kekhawatiran", ...). */
export interface CustomKind {
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
  roundId: string;
  cardId: string;
  groupId: string;
  dots: number;
}

/** How many people vote for a group in a per-participant round (their dots add up to the group's budget). */
export interface VoteVoters {
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
  /** Dots per card of the closed rounds only: what a report ranks (phones' dots included). */
  voteTotals: VoteTotal[];
  /** The dots participants placed from their phones, per round and card (each phone within the vote's rules). */
  phoneVotes: VoteTotal[];
}

/** Why the participants' door last closed. */
export const DOOR_CLOSERS = ['facilitator', 'lock', 'quit'] as const;
export type DoorCloser = (typeof DOOR_CLOSERS)[number];

/**
 * The participants' door: a second listener on the room's network through which phones write
 * cards and vote on one board session. At most one door is open at a time.
 */
export interface DoorStatus {
  open: boolean;
  sessionId: string | null;
  workshopId: string | null;
  /** 6 characters a participant types when they came by the short address. */
  code: string | null;
  /** What a participant can type: `http://192.168.1.5:5200/`, one per network the door listens on. */
  addresses: string[];
  /** The QR code's address: the first address with the join code and the door's secret. */
  joinUrl: string | null;
  /** Cards from phones go straight onto the board (otherwise they wait until their group is revealed). */
  showAtOnce: boolean;
  /** Phones connected now, per group (`null`: participants without a group). */
  connected: Array<{ groupId: string | null; phones: number }>;
  closedBy: DoorCloser | null;
}

/** A network of this laptop the door can listen on (Wi-Fi, the laptop's own hotspot, a cable). */
export interface NetworkAddress {
  /** The system's name for the interface (`wlan0`, `Wi-Fi`, ...). */
  name: string;
  address: string;
}

/** What separates a CSV's fields: a comma, or the semicolon Excel in Indonesian expects. */
export const CSV_SEPARATORS = [',', ';'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export interface Settings {
  language: Language;
  /** Chosen in the export dialog and remembered. */
  csvSeparator: CsvSeparator;
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
  /** 1 when made, one more on every saved change: the newest revision a window has seen wins. */
  revision: number;
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
/** How a text file's bytes were read: Windows-1252 is the guess when nothing else fits (the preview says so). */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface SpreadsheetGrid {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** A CSV's encoding. */
  encoding?: TextEncodingName;
  sheets: Array<{ name: string; rows: string[][] }>;
}

/**
 * What the facilitator decided a sign-in list's texts mean, remembered per workshop so the next
 * import of a list reads the same: group texts (keyed as the import's mapping keys them) to a
 * group id or `null` (no group), role texts to a role.
 */
export interface ImportChoices {
  groups: Record<string, string | null>;
  roles: Record<string, ParticipantRole>;
}

export interface ImportResult {
  /** The participants the import added. */
  added: Participant[];
  /** Rows that matched someone already on the roster (the same file imported again). */
  alreadyPresent: number;
  /** The groups the import made (`newGroups`), in their order. */
  groups: Group[];
}

/** An import taken back or brought back: its people as they now stand, and the groups now live again. */
export interface ImportMembers {
  participants: Participant[];
  groups: Group[];
}

/** A file made by the core for the user to save (base64, so it crosses every door as JSON). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  data: string;
}
