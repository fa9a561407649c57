import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { hexForColor } from '#shared/palette.ts';
import { useStore } from '../../state/store.ts';
import { AddCardInput } from './AddCardInput.tsx';
import { CardItem } from './CardItem.tsx';
import { columnDropId, columnKey } from './columns.ts';

interface ColumnProps {
  sessionId: string;
  /** `null`: the inbox ("Belum dikelompokkan"). */
  groupId: string | null;
  cardIds: string[];
}

export const Column = memo(function Column({ sessionId, groupId, cardIds }: ColumnProps) {
  const { t } = useTranslation('board');
  const group = useStore((s) => (groupId ? s.groups[groupId] : undefined));
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(columnKey(groupId)) });
  const name = group?.name ?? t('dnd.inbox');

  return (
    <section
      className={`column${isOver ? ' column-over' : ''}${groupId === null ? ' column-inbox' : ''}`}
      role="listitem"
      aria-label={t('groupColumn', { name })}
      style={group ? { '--group-color': hexForColor(group.color) } as React.CSSProperties : undefined}
      data-testid="column"
    >
      <header className="column-header">
        <span className="column-swatch" aria-hidden="true" />
        <h3>{name}</h3>
        <span className="column-count">{t('cardCount', { count: cardIds.length })}</span>
      </header>
      <SortableContext id={columnKey(groupId)} items={cardIds} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} className="card-list">
          {cardIds.map((id) => (
            <CardItem key={id} id={id} />
          ))}
        </ol>
      </SortableContext>
      {groupId !== null && <AddCardInput sessionId={sessionId} groupId={groupId} groupName={name} />}
    </section>
  );
});
