import { useMemo } from 'react';
import type { AwardCategory, Entrant } from '#shared/awards.ts';
import { useWorkshopGroups, useWorkshopParticipants } from '../../editor/store.ts';

/** Who a category scores: the workshop's groups in board order, or its participants in roster order. */
export function useEntrants(workshopId: string, category: AwardCategory | undefined): Entrant[] {
  const groups = useWorkshopGroups(workshopId);
  const people = useWorkshopParticipants(workshopId);
  const entrants = category?.entrants;
  return useMemo(() => {
    if (!entrants) return [];
    return (entrants === 'groups' ? groups : people).map((item) => ({ id: item.id, name: item.name }));
  }, [entrants, groups, people]);
}
