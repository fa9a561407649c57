import { create } from 'zustand';
import type { AppEvent } from '#shared/events.ts';
import type {
  Card,
  Cluster,
  CustomKind,
  DoorStatus,
  Group,
  Link,
  Participant,
  Region,
  Session,
  SessionBoard,
  Settings,
  Vote,
  VoteRound,
  VoteTotal,
  VoteVoters,
  Workshop,
  WorkshopSummary,
} from '#shared/model.ts';
import type { ReportJob } from '#shared/reports.ts';

/**
 * The renderer's normalized store: entities by id, upserted from call results and from the
 * core's events alike. Actions that change data live in `card-actions.ts` and friends.
 */
export interface StoreState {
  settings: Settings | null;
  workshopList: WorkshopSummary[] | null;
  workshops: Record<string, Workshop>;
  groups: Record<string, Group>;
  sessions: Record<string, Session>;
  cards: Record<string, Card>;
  customKinds: Record<string, CustomKind>;
  clusters: Record<string, Cluster>;
  links: Record<string, Link>;
  voteRounds: Record<string, VoteRound>;
  /** Keyed by `voteKey` (round, card, group). */
  votes: Record<string, Vote>;
  /** Keyed by `votersKey` (round, group). */
  voteVoters: Record<string, VoteVoters>;
  /** Removed participants stay here (with `deletedAt`) so a removal can be undone. */
  participants: Record<string, Participant>;
  /** Official regions looked up so far (static data: never changes while the app runs). */
  regions: Record<string, Region>;
  /** Exports being made or ready, as the core announced them. */
  reportJobs: Record<string, ReportJob>;
  /** The participants' door (null until asked). */
  door: DoorStatus | null;
  /** The phones' dots per card, keyed by `phoneVoteKey` (round, card). */
  phoneVotes: Record<string, VoteTotal>;
}

/** Nothing loaded yet (also how a test starts afresh). */
export function emptyState(): StoreState {
  return {
    settings: null,
    workshopList: null,
    workshops: {},
    groups: {},
    sessions: {},
    cards: {},
    customKinds: {},
    clusters: {},
    links: {},
    voteRounds: {},
    votes: {},
    voteVoters: {},
    participants: {},
    regions: {},
    reportJobs: {},
    door: null,
    phoneVotes: {},
  };
}

export const useStore = create<StoreState>(emptyState);

export const getState = useStore.getState;
export const setState = useStore.setState;

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

/**
 * Stores cards; ones already stored as they are change nothing. After a move the saved cards come
 * back twice (the answer, then the core's event): the second time, with 2,000 cards, laying the
 * board out again and re-rendering it held the main thread for nothing.
 */
export function upsertCards(cards: readonly Card[]) {
  const stored = getState().cards;
  const changed = cards.filter((card) => !sameCard(stored[card.id], card));
  if (changed.length === 0) return;
  setState((s) => ({ cards: { ...s.cards, ...byId(changed) } }));
}

/** Cards hold only plain values, so field by field is enough. */
function sameCard(a: Card | undefined, b: Card): boolean {
  if (!a) return false;
  const keys = Object.keys(b) as Array<keyof Card>;
  return keys.length === Object.keys(a).length && keys.every((key) => a[key] === b[key]);
}

export function removeCard(id: string) {
  setState((s) => {
    const { [id]: _removed, ...rest } = s.cards;
    return { cards: rest };
  });
}

export function upsertGroups(groups: readonly Group[]) {
  setState((s) => ({ groups: { ...s.groups, ...byId(groups) } }));
}

export function upsertSessions(sessions: readonly Session[]) {
  setState((s) => ({ sessions: { ...s.sessions, ...byId(sessions) } }));
}

export function upsertWorkshop(workshop: Workshop) {
  setState((s) => ({
    workshops: { ...s.workshops, [workshop.id]: workshop },
    workshopList: s.workshopList?.map((w) => (w.id === workshop.id ? { ...w, ...workshop } : w)) ?? null,
  }));
}

export function upsertParticipants(participants: readonly Participant[]) {
  if (participants.length === 0) return;
  setState((s) => ({ participants: { ...s.participants, ...byId(participants) } }));
}

/** Replaces one workshop's roster with what the core holds. */
export function replaceRoster(workshopId: string, participants: readonly Participant[]) {
  setState((s) => ({ participants: byId([...Object.values(s.participants).filter((p) => p.workshopId !== workshopId), ...participants]) }));
}

export function upsertRegions(regions: readonly Region[]) {
  if (regions.length === 0) return;
  setState((s) => ({ regions: { ...s.regions, ...Object.fromEntries(regions.map((r) => [r.code, r])) } }));
}

export function removeGroup(id: string) {
  setState((s) => {
    const { [id]: _removed, ...rest } = s.groups;
    return { groups: rest };
  });
}

export function upsertClusters(clusters: readonly Cluster[]) {
  if (clusters.length) setState((s) => ({ clusters: { ...s.clusters, ...byId(clusters) } }));
}

export function upsertLinks(links: readonly Link[]) {
  if (links.length) setState((s) => ({ links: { ...s.links, ...byId(links) } }));
}

export function upsertCustomKinds(kinds: readonly CustomKind[]) {
  if (kinds.length) setState((s) => ({ customKinds: { ...s.customKinds, ...byId(kinds) } }));
}

export function upsertVoteRounds(rounds: readonly VoteRound[]) {
  if (rounds.length) setState((s) => ({ voteRounds: { ...s.voteRounds, ...byId(rounds) } }));
}

export const voteKey = (v: Pick<Vote, 'roundId' | 'cardId' | 'groupId'>) => `${v.roundId}:${v.cardId}:${v.groupId}`;
export const votersKey = (v: Pick<VoteVoters, 'roundId' | 'groupId'>) => `${v.roundId}:${v.groupId}`;

export const phoneVoteKey = (v: Pick<VoteTotal, 'roundId' | 'cardId'>) => `${v.roundId}:${v.cardId}`;

export function upsertPhoneVotes(votes: readonly VoteTotal[]) {
  if (votes.length) setState((s) => ({ phoneVotes: { ...s.phoneVotes, ...Object.fromEntries(votes.map((v) => [phoneVoteKey(v), v])) } }));
}

export function upsertVotes(votes: readonly Vote[], voters: readonly VoteVoters[] = []) {
  if (!votes.length && !voters.length) return;
  setState((s) => ({
    votes: { ...s.votes, ...Object.fromEntries(votes.map((v) => [voteKey(v), v])) },
    voteVoters: { ...s.voteVoters, ...Object.fromEntries(voters.map((v) => [votersKey(v), v])) },
  }));
}

/** Replaces one board with what the core holds (what is gone from the core goes here too). */
export function replaceBoard(board: SessionBoard) {
  const sessionId = board.session.id;
  const roundIds = new Set(board.voteRounds.map((r) => r.id));
  const onBoard = new Set(board.cards.map((c) => c.id));
  setState((s) => {
    const others = <T extends { sessionId: string }>(items: Record<string, T>) => Object.values(items).filter((x) => x.sessionId !== sessionId);
    const otherVotes = Object.values(s.votes).filter((v) => s.voteRounds[v.roundId]?.sessionId !== sessionId && !roundIds.has(v.roundId));
    const otherVoters = Object.values(s.voteVoters).filter((v) => s.voteRounds[v.roundId]?.sessionId !== sessionId && !roundIds.has(v.roundId));
    const otherPhoneVotes = Object.values(s.phoneVotes).filter((v) => s.voteRounds[v.roundId]?.sessionId !== sessionId && !roundIds.has(v.roundId));
    return {
      sessions: { ...s.sessions, [sessionId]: board.session },
      cards: byId([...others(s.cards).filter((c) => !board.linkedCards.some((l) => l.id === c.id)), ...board.cards, ...board.linkedCards]),
      customKinds: byId([...others(s.customKinds), ...board.customKinds]),
      clusters: byId([...others(s.clusters), ...board.clusters]),
      links: byId([...Object.values(s.links).filter((l) => !onBoard.has(l.fromCardId) && !onBoard.has(l.toCardId)), ...board.links]),
      voteRounds: byId([...others(s.voteRounds), ...board.voteRounds]),
      votes: Object.fromEntries([...otherVotes, ...board.votes].map((v) => [voteKey(v), v])),
      voteVoters: Object.fromEntries([...otherVoters, ...board.voteVoters].map((v) => [votersKey(v), v])),
      phoneVotes: Object.fromEntries([...otherPhoneVotes, ...board.phoneVotes].map((v) => [phoneVoteKey(v), v])),
    };
  });
}

export function upsertReportJob(job: ReportJob) {
  setState((s) => ({ reportJobs: { ...s.reportJobs, [job.id]: job } }));
}

/** Applies what the core announced: another window, or a phone, changed something. */
export function applyEvent(event: AppEvent) {
  switch (event.type) {
    case 'workshop.saved':
      return upsertWorkshop(event.workshop);
    case 'group.saved':
      return upsertGroups([event.group]);
    case 'session.saved':
      return upsertSessions([event.session]);
    case 'cards.saved':
      return upsertCards(event.cards);
    case 'settings.saved':
      return setState({ settings: event.settings });
    case 'group.deleted':
      return removeGroup(event.groupId);
    case 'participants.saved':
      return upsertParticipants(event.participants);
    case 'report.job':
      return upsertReportJob(event.job);
    case 'kinds.saved':
      return upsertCustomKinds(event.kinds);
    case 'clusters.saved':
      return upsertClusters(event.clusters);
    case 'links.saved':
      return upsertLinks(event.links);
    case 'voteRounds.saved':
      return upsertVoteRounds(event.rounds);
    case 'votes.saved':
      return upsertVotes(event.votes, event.voters);
    case 'phoneVotes.saved':
      return upsertPhoneVotes(event.votes);
    case 'door.saved':
      return setState({ door: event.door });
  }
}
