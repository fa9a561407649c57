import type { CardKind, DoorCloser, KindIcon, Language, TimerState } from './model.ts';

/**
 * What a participant's phone sees through the door: only its own cards, the board's question,
 * kinds and timer, and the open vote. Never the facilitator's data beyond that.
 */

/** The characters of a join code: no 0/O, 1/I/L, so it can be read off a projector. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What a phone learns before joining (it has the join code): whose meeting, which groups, whose names. */
export interface PhoneWelcome {
  workshopTitle: string;
  sessionTitle: string;
  groups: Array<{ id: string; name: string; color: string }>;
  /** The roster to pick one's name from, with each person's group. */
  roster: Array<{ id: string; name: string; groupId: string | null }>;
  language: Language;
}

export interface PhoneMe {
  name: string;
  groupId: string | null;
  groupName: string | null;
}

/** A kind of card the board takes: a built-in kind, or one of a blank board's own kinds. */
export interface PhoneKind {
  kind: CardKind;
  customKindId: string | null;
  /** The own kind's label; built-in kinds are named by the phone's words. */
  label: string | null;
  color: string | null;
  icon: KindIcon | null;
}

export interface PhoneSession {
  id: string;
  title: string;
  question: string;
  locked: boolean;
  timer: TimerState;
  kinds: PhoneKind[];
  /** The laptop's clock when this was sent: a phone's own clock may be minutes off. */
  sentAt: string;
}

export interface PhoneCard {
  id: string;
  text: string;
  kind: CardKind;
  customKindId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set when the card was deleted (by its writer or the facilitator). */
  deletedAt: string | null;
}

/** A card one can put dots on. */
export interface BallotCard {
  id: string;
  text: string;
  groupName: string | null;
  groupColor: string | null;
}

/** The open vote, with this phone's own dots. The budget and one-dot cap apply to each person. */
export interface PhoneVote {
  roundId: string;
  budget: number;
  onePerCard: boolean;
  cardKind: CardKind | null;
  cards: BallotCard[];
  /** Card id -> this phone's dots on it. */
  myDots: Record<string, number>;
}

export interface PhoneState {
  me: PhoneMe;
  session: PhoneSession;
  cards: PhoneCard[];
  vote: PhoneVote | null;
  language: Language;
}

/** What the door pushes to a phone (server-sent events). */
export type PhoneEvent =
  | { type: 'session'; session: PhoneSession }
  | { type: 'cards'; cards: PhoneCard[] }
  /** Something the phone shows changed in a way it should read again (a vote opened, the door moved). */
  | { type: 'refresh' }
  | { type: 'closed'; by: DoorCloser };
