import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { compareKeys } from '#shared/ordering.ts';
import type { DoorStatus, Group, Participant, Region, Session, Settings, Workshop, WorkshopSummary } from '#shared/model.ts';
import type { ReportJob } from '#shared/reports.ts';
import type { AwardsBook } from '#shared/awards.ts';
import type { CertificateSettings } from '#shared/certificates.ts';
import type { PhotoInfo, SessionMinutes } from '#shared/photos.ts';
import { EntityTable } from './entities.ts';

/**
 * What every page of the app shares: the settings, the workshops with their groups, sessions and
 * roster, the regions looked up, the exports. A board's own cards, clusters, links and votes live
 * in its `BoardEditor`. Changes go through the mutation runner (`runner.ts`) and the core's events
 * (`events.ts`), never straight into this store.
 */
export interface AppState {
  settings: Settings | null;
  workshopList: WorkshopSummary[] | null;
  workshops: Record<string, Workshop>;
  groups: Record<string, Group>;
  sessions: Record<string, Session>;
  /** Removed participants stay here (with `deletedAt`) so a removal can be undone. */
  participants: Record<string, Participant>;
  /** Official regions looked up so far (static data: never changes while the app runs). */
  regions: Record<string, Region>;
  /** Exports being made or ready, as the core announced them. */
  reportJobs: Record<string, ReportJob>;
  /** The participants' door (null until asked). */
  door: DoorStatus | null;
  /** Documentation photos; deleted ones stay (with `deletedAt`) so a deletion can be undone. */
  photos: Record<string, PhotoInfo>;
  /** Each session's minutes, by session id. */
  minutes: Record<string, SessionMinutes>;
  /** Each workshop's awards book, by workshop id. */
  awardBooks: Record<string, AwardsBook>;
  /** Each workshop's certificate signatory, logo and numbering, by workshop id. */
  certificateSettings: Record<string, CertificateSettings>;
}

export function emptyAppState(): AppState {
  return {
    settings: null,
    workshopList: null,
    workshops: {},
    groups: {},
    sessions: {},
    participants: {},
    regions: {},
    reportJobs: {},
    door: null,
    photos: {},
    minutes: {},
    awardBooks: {},
    certificateSettings: {},
  };
}

export const useStore = create<AppState>(emptyAppState);

export const getState = useStore.getState;

const byId = <T extends { id: string }>(item: T) => item.id;

/** The versioned entities of the app store (see `EntityTable`). */
export const tables = {
  workshops: new EntityTable<Workshop>('workshops', useStore, byId),
  groups: new EntityTable<Group>('groups', useStore, byId),
  sessions: new EntityTable<Session>('sessions', useStore, byId),
  participants: new EntityTable<Participant>('participants', useStore, byId),
  photos: new EntityTable<PhotoInfo>('photos', useStore, byId),
  minutes: new EntityTable<SessionMinutes>('minutes', useStore, (m) => m.sessionId),
  awardBooks: new EntityTable<AwardsBook>('awardBooks', useStore, (b) => b.workshopId),
  certificateSettings: new EntityTable<CertificateSettings>('certificateSettings', useStore, (c) => c.workshopId),
};

export function setSettings(settings: Settings) {
  useStore.setState({ settings });
}

export function setWorkshopList(list: WorkshopSummary[]) {
  useStore.setState({ workshopList: list });
}

/** A workshop saved: the list page shows its new title and dates too. */
export function acceptWorkshops(workshops: readonly Workshop[]) {
  tables.workshops.accept(workshops);
  useStore.setState((s) => ({
    workshopList: s.workshopList?.map((w) => ({ ...w, ...(workshops.find((saved) => saved.id === w.id) ?? {}) })) ?? null,
  }));
}

export function acceptRegions(regions: readonly Region[]) {
  if (regions.length) useStore.setState((s) => ({ regions: { ...s.regions, ...Object.fromEntries(regions.map((r) => [r.code, r])) } }));
}

export function acceptReportJob(job: ReportJob) {
  useStore.setState((s) => ({ reportJobs: { ...s.reportJobs, [job.id]: job } }));
}

/** The door's status; one door for the whole app, so the newest word on it is the one to show. */
export function acceptDoor(door: DoorStatus) {
  useStore.setState({ door });
}

export function workshopGroups(state: AppState, workshopId: string): Group[] {
  return Object.values(state.groups)
    .filter((g) => g.workshopId === workshopId)
    .sort(compareKeys);
}

export function useWorkshopGroups(workshopId: string): Group[] {
  return useStore(useShallow((s) => workshopGroups(s, workshopId)));
}

/** A workshop's roster (removed participants left out), in the order they were added. */
export function workshopParticipants(state: AppState, workshopId: string): Participant[] {
  return Object.values(state.participants)
    .filter((p) => p.workshopId === workshopId && p.deletedAt === null)
    .sort((a, b) => a.addedOrder - b.addedOrder);
}

export function useWorkshopParticipants(workshopId: string): Participant[] {
  return useStore(useShallow((s) => workshopParticipants(s, workshopId)));
}
