import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore, workshopGroups } from '../../editor/store.ts';

/**
 * Each group's number: its place in the workshop's order, from 1. The Kelompok page lists groups
 * with it, and the board and the projector show it as a badge beside the group's colour, so two
 * groups are told apart even where colours are not (grayscale, a washed-out projector).
 */
export function useGroupNumbers(workshopId: string): Map<string, number> {
  const ids = useStore(useShallow((s) => workshopGroups(s, workshopId).map((g) => g.id)));
  return useMemo(() => new Map(ids.map((id, i) => [id, i + 1])), [ids]);
}

/** One group's number, or null (the inbox, a kind). */
export function useGroupNumber(groupId: string | null): number | null {
  return useStore((s) => {
    const group = groupId ? s.groups[groupId] : undefined;
    if (!group) return null;
    return workshopGroups(s, group.workshopId).findIndex((g) => g.id === groupId) + 1;
  });
}
