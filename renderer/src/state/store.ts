import { create } from 'zustand';
import type { AppEvent } from '#shared/events.ts';
import type { Card, Group, Participant, Region, Session, Settings, Workshop, WorkshopSummary } from '#shared/model.ts';
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
  /** Removed participants stay here (with `deletedAt`) so a removal can be undone. */
  participants: Record<string, Participant>;
  /** Official regions looked up so far (static data: never changes while the app runs). */
  regions: Record<string, Region>;
  /** Exports being made or ready, as the core announced them. */
  reportJobs: Record<string, ReportJob>;
}

export const useStore = create<StoreState>(() => ({
  settings: null,
  workshopList: null,
  workshops: {},
  groups: {},
  sessions: {},
  cards: {},
  participants: {},
  regions: {},
  reportJobs: {},
}));

export const getState = useStore.getState;
export const setState = useStore.setState;

function byId<T extends { id: string }>(items: readonly T[]): Record<string, T> {
  return Object.fromEntries(items.map((item) => [item.id, item]));
}

export function upsertCards(cards: readonly Card[]) {
  if (cards.length === 0) return;
  setState((s) => ({ cards: { ...s.cards, ...byId(cards) } }));
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

/** Replaces one session's cards with what the core holds (cards gone from the core go here too). */
export function replaceSessionCards(sessionId: string, cards: readonly Card[]) {
  setState((s) => {
    const kept = Object.values(s.cards).filter((c) => c.sessionId !== sessionId);
    return { cards: byId([...kept, ...cards]) };
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
  }
}
