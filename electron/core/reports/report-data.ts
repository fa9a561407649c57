import type { AwardCategory, RankedEntrant } from '#shared/awards.ts';
import type { PaperworkOptions } from '#shared/reports.ts';
import type { RankedEntry } from '#shared/voting.ts';
import type { CardKind, Gender, Language, ParticipantRole, ParticipantSummary, SessionKind, SessionTemplate, StrategyTag, WorkshopLevel, WorkshopMode } from '#shared/model.ts';

/**
 * Everything a report or a data export shows, gathered once by `collect.ts` and handed to the
 * render worker as plain data. The document builders read only this, so they can be tested
 * with fixtures and never touch the database.
 *
 * Parts come from three issues: the foundation (workshop, groups, sessions, cards), setup
 * (workshop details and the roster summary) and the board (votes, links, clusters and the
 * action-plan fields). What a part does not know yet is `null` or empty, and the builders
 * leave it out or say so.
 */
export interface ReportData {
  language: Language;
  /** When the export was made (ISO instant). */
  generatedAt: string;
  /** `null`: the whole workshop; otherwise the one session this export is about. */
  sessionId: string | null;
  workshop: ReportWorkshop;
  groups: ReportGroup[];
  /** In agenda order: day, then position. A session export holds only its session. */
  sessions: ReportSession[];
  /** Live cards (deleted ones left out) of the sessions above, in board order. */
  cards: ReportCard[];
  /** Live cards of other sessions that a link reaches (a day-3 plan answers a day-1 solution). */
  linkedCards: ReportCard[];
  /** From a card to the card it answers: a solution to a challenge, a plan to a solution. */
  links: ReportLink[];
  /** Duplicates merged under one title; their votes add up. */
  clusters: ReportCluster[];
  /** Participants per group × role and gender, attendance per day, and the team. */
  roster: ReportRoster;
  /** Each session's minutes (notulen), by session id. */
  minutes: Record<string, string>;
  /** Documentation photos with their images: collected for the PDF reports only. */
  photos: ReportPhoto[];
  /** Every award category with its ranking. */
  awards: ReportAward[];
  /** What certificates and piagam need, and which part of the paperwork to print. */
  paperwork: ReportPaperwork;
}

export interface ReportPhoto {
  id: string;
  /** `null`: a photo of the whole meeting. */
  sessionId: string | null;
  caption: string;
  width: number;
  height: number;
  /** The stored JPEG (at most 1600 px a side). */
  jpeg: Uint8Array;
}

export interface ReportAward {
  category: AwardCategory;
  /** The jurors who scored in this category. */
  jurors: string[];
  ranking: RankedEntrant[];
  /** Where a participant entrant comes from (for the piagam); groups have none. */
  originOf: Record<string, string | null>;
}

export interface ReportPaperwork {
  options: PaperworkOptions;
  signatory: { name: string; nip: string; position: string };
  serialPrefix: string;
  /** The organizer's logo, when one was chosen. */
  logo: { type: 'image/jpeg' | 'image/png'; bytes: Uint8Array } | null;
  /** Certificate numbers by participant id (assigned when certificates are first printed). */
  serials: Record<string, number>;
}

export interface ReportWorkshop {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  venue: string;
  level: WorkshopLevel;
  /** Region names from the official codes setup stores ("Lampung", "Kota Bandar Lampung"). */
  provinceName: string | null;
  regencyName: string | null;
  /** E.g. "Dinas Perpustakaan dan Kearsipan Provinsi Lampung"; `null` when not filled in. */
  organizer: string | null;
  mode: WorkshopMode;
}

export interface ReportGroup {
  id: string;
  name: string;
  /** A key of `shared/palette.ts`. */
  color: string;
  regionCode: string | null;
}

export interface ReportSession {
  id: string;
  title: string;
  day: number;
  startTime: string | null;
  durationMinutes: number | null;
  kind: SessionKind;
  template: SessionTemplate;
  question: string;
  lockedAt: string | null;
  /** A blank board's own kinds, in column order. */
  customKinds: Array<{ id: string; label: string }>;
  voting: ReportVoting;
}

/**
 * Which dot votes a report shows. Only closed votes count (an open vote's results are hidden
 * on the board, and stay out of reports too): for each card kind, the newest closed vote that
 * took that kind, so a second vote on the same cards replaces the first instead of adding up.
 */
export interface ReportVoting {
  /** Closed votes whose dots the cards carry. */
  countedRounds: number;
  /** A vote is still open: its dots are left out, and the report says so. */
  openRound: boolean;
  /**
   * The board's own ranking (`rankEntries` of `shared/voting.ts`, as its results panel shows
   * a group's ranking) of the counted vote on challenges, each group (and the inbox) ranked on
   * its own; `null` when no closed vote took challenges.
   */
  challengeRanking: RankedEntry[] | null;
}

export interface ReportCard {
  id: string;
  sessionId: string;
  /** `null`: still in the inbox ("Belum dikelompokkan"). */
  groupId: string | null;
  kind: CardKind;
  /** One of the session's own kinds (blank boards); `null` for the built-in kinds. */
  customKindId: string | null;
  text: string;
  tag: StrategyTag | null;
  author: string | null;
  /** Dots from the counted closed vote of this card's kind (see `ReportVoting`). */
  votes: number;
  /** The action-plan fields of a plan card (`kind: 'action'`); `null` for other kinds. */
  plan: ActionPlanFields | null;
}

export interface ActionPlanFields {
  /** Who carries it out (PIC). */
  who: string | null;
  /** By when: a calendar day (`YYYY-MM-DD`) or what the group wrote ("Desember 2019"). */
  byWhen: string | null;
  indicator: string | null;
}

export interface ReportLink {
  fromCardId: string;
  toCardId: string;
}

export interface ReportCluster {
  id: string;
  sessionId: string;
  title: string;
  cardIds: string[];
}

/** Setup's participant summary (the numbers its Ringkasan page shows), and the team by name. */
export interface ReportRoster {
  summary: ParticipantSummary;
  /** Facilitators and master trainers/speakers, in the order they were added. */
  team: RosterPerson[];
  /** Everyone on the roster: groups in board order, then people without a group; in the order added. */
  people: RosterEntry[];
}

export interface RosterEntry {
  id: string;
  name: string;
  role: ParticipantRole;
  gender: Gender | null;
  groupId: string | null;
  groupName: string | null;
  village: string;
  regency: string;
  institution: string;
  /** Meeting days (1-based) checked in. */
  daysPresent: number[];
}

export interface RosterPerson {
  name: string;
  role: ParticipantRole;
  /** Where they come from: an institution, a kabupaten. */
  origin: string | null;
}
