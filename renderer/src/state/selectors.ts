import { useShallow } from 'zustand/react/shallow';
import { compareKeys } from '#shared/ordering.ts';
import type { Card, Group, Participant } from '#shared/model.ts';
import { useStore, type StoreState } from './store.ts';

/** The live cards of one column (a group, or the inbox when `groupId` is null), in order. */
export function columnCards(state: StoreState, sessionId: string, groupId: string | null): Card[] {
  return Object.values(state.cards)
    .filter((c) => c.sessionId === sessionId && c.groupId === groupId && c.deletedAt === null)
    .sort(compareKeys);
}

export function workshopGroups(state: StoreState, workshopId: string): Group[] {
  return Object.values(state.groups)
    .filter((g) => g.workshopId === workshopId)
    .sort(compareKeys);
}

export function useColumnCardIds(sessionId: string, groupId: string | null): string[] {
  return useStore(useShallow((s) => columnCards(s, sessionId, groupId).map((c) => c.id)));
}

export function useWorkshopGroups(workshopId: string): Group[] {
  return useStore(useShallow((s) => workshopGroups(s, workshopId)));
}

export function useCard(id: string): Card | undefined {
  return useStore((s) => s.cards[id]);
}

/** A workshop's roster (removed participants left out), in the order they were added. */
export function workshopParticipants(state: StoreState, workshopId: string): Participant[] {
  return Object.values(state.participants)
    .filter((p) => p.workshopId === workshopId && p.deletedAt === null)
    .sort((a, b) => a.addedOrder - b.addedOrder);
}

export function useWorkshopParticipants(workshopId: string): Participant[] {
  return useStore(useShallow((s) => workshopParticipants(s, workshopId)));
}
