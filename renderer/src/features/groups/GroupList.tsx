import { closestCenter, DndContext, type Announcements } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '#shared/model.ts';
import { moveGroup } from '../../editor/actions/groups.ts';
import { nameKey } from '#shared/search.ts';
import { useSortableList } from '../shell/useSortableList.ts';
import { GroupRow } from './GroupRow.tsx';

/**
 * The groups in board order. Drag a row by its handle (mouse, touch, or Space + arrows + Space);
 * the new order is saved as one key, the same `keyAfter` the cards use.
 */
export function GroupList({ groups, onDelete }: { groups: Group[]; onDelete(group: Group): void }) {
  const { t } = useTranslation('groups');
  const ids = useMemo(() => groups.map((g) => g.id), [groups]);
  // Two groups of one name (two villages called Wonosari) are allowed, but flagged.
  const firstWithName = useMemo(() => {
    const first = new Map<string, number>();
    groups.forEach((g, index) => first.has(nameKey(g.name)) || first.set(nameKey(g.name), index + 1));
    return first;
  }, [groups]);
  const { sensors, onDragEnd } = useSortableList(ids, (id, afterId) => void moveGroup(id, afterId));

  const accessibility = useMemo(() => {
    const name = (id: string | number) => groups.find((g) => g.id === id)?.name ?? '';
    const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.pickedUp', { name: name(active.id), position: position(active.id), total: ids.length }),
      // Over itself means it has not moved yet: keep "picked up" audible.
      onDragOver: ({ active, over }) =>
        over && over.id !== active.id ? t('dnd.over', { name: name(active.id), position: position(over.id), total: ids.length }) : undefined,
      onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', { name: name(active.id), position: position(over.id), total: ids.length }) : undefined),
      onDragCancel: ({ active }) => t('dnd.cancelled', { name: name(active.id) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } };
  }, [groups, ids, t]);

  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <p className="hint">{t('dragHint')}</p>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="group-list" aria-label={t('listLabel')}>
          {groups.map((group, index) => (
            <GroupRow
              key={group.id}
              group={group}
              number={index + 1}
              sameNameAs={sameNameAs(groups, index, firstWithName)}
              onDelete={() => onDelete(group)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

/** The number of another group with this group's name (the first other one), or null. */
function sameNameAs(groups: Group[], index: number, firstWithName: Map<string, number>): number | null {
  const key = nameKey(groups[index]!.name);
  const first = firstWithName.get(key) ?? null;
  if (first !== index + 1) return first;
  const next = groups.findIndex((g, i) => i !== index && nameKey(g.name) === key);
  return next >= 0 ? next + 1 : null;
}
