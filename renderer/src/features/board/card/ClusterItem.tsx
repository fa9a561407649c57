import { useSortable } from '@dnd-kit/sortable';
import { useCombinedRefs } from '@dnd-kit/utilities';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Card } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard } from '../../../editor/board/context.tsx';
import { useHeldByPointer } from '../../../editor/board/drag-state.ts';
import { useDropSide } from '../drag/drop-line.ts';
import { usePickUp } from '../drag/pointer-drag-store.ts';
import { animateWhileSorting } from '../drag/layout-animation.ts';
import { shift } from '../drag/shift.ts';
import { DotTotal } from '../vote/CardVotes.tsx';
import { useCardDots } from '../vote/useCardDots.ts';
import { useStore } from '../../../editor/store.ts';
import { Icon } from '../Icon.tsx';
import { ClusterMemberCard, ignoreNode } from './CardItem.tsx';

/**
 * Merged duplicates under one title: the original cards stay visible inside, and the cluster
 * moves as one (drag its title bar). Its votes are the sum of its cards'.
 */
export const ClusterItem = memo(function ClusterItem(props: {
  item: string;
  clusterId: string;
  memberIds: string[] | undefined;
  locked: boolean;
  /** A long column measures its items and marks their places (`useColumnWindow`). */
  extraRef?: ((node: HTMLElement | null) => void) | undefined;
}) {
  const { item, clusterId, locked, extraRef } = props;
  const { t } = useTranslation(['board', 'commands']);
  const run = useCommand();
  // While the cluster is dragged into another cell, that cell does not list its cards yet.
  const ownMembers = useBoard(useShallow((s) => (props.memberIds ? [] : liveMembers(s.cards, clusterId))));
  const memberIds = props.memberIds ?? ownMembers;
  const title = useBoard((s) => s.clusters[clusterId]?.title ?? '');
  const [renaming, setRenaming] = useState(false);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item, disabled: locked || renaming, animateLayoutChanges: animateWhileSorting });
  const dropSide = useDropSide(item);
  const held = useHeldByPointer(item);
  const pickUp = usePickUp(item, !locked);
  const nodeRef = useCombinedRefs(setNodeRef, extraRef ?? ignoreNode);
  const style = { transform: shift(transform), transition };
  const classes = ['cluster', isDragging || held ? 'card-dragging' : '', dropSide ? `drop-${dropSide}` : ''].filter(Boolean).join(' ');
  return (
    <li ref={nodeRef} style={style} className={classes} data-testid="cluster" data-drag-item={locked ? undefined : item} aria-label={t('clusterLabel', { title, count: memberIds.length })}>
      <div className="cluster-header">
        {renaming ? (
          <input
            className="cluster-title-input"
            defaultValue={title}
            autoFocus
            maxLength={200}
            aria-label={t('clusterTitle')}
            onBlur={(e) => {
              setRenaming(false);
              void run('renameCluster', { clusterId, title: e.target.value });
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
        ) : (
          <div
            className="cluster-handle"
            {...attributes}
            {...listeners}
            aria-roledescription={t('clusterRole')}
            onPointerDown={pickUp}
            onDoubleClick={() => !locked && setRenaming(true)}
          >
            <h4 className="cluster-title">{title}</h4>
            <ClusterVotes memberIds={memberIds} />
          </div>
        )}
        {!locked && !renaming && (
          <span className="cluster-tools">
            <button type="button" onClick={() => setRenaming(true)} aria-label={t('renameCluster')} title={t('renameCluster')}>
              <Icon name="pencil" />
            </button>
            <button
              type="button"
              onClick={() => void run('dissolve', { clusterId }, { cardId: memberIds[0] ?? null })}
              aria-label={t('commands:commands.dissolve')}
              title={t('commands:commands.dissolve')}
            >
              <Icon name="split" />
            </button>
          </span>
        )}
      </div>
      <SharedWith clusterId={clusterId} memberIds={memberIds} />
      <ol className="cluster-cards">
        {memberIds.map((id) => (
          <ClusterMemberCard key={id} id={id} locked={locked} />
        ))}
      </ol>
    </li>
  );
});

/** The dots of the cards shown here: a cluster shared by several groups counts each group's own. */
function ClusterVotes({ memberIds }: { memberIds: string[] }) {
  const dots = useCardDots();
  return <DotTotal total={memberIds.reduce((sum, id) => sum + (dots.get(id) ?? 0), 0)} />;
}

/**
 * A challenge several groups share: each group shows the cluster with its own cards, and names
 * the other groups that have cards in it.
 */
function SharedWith({ clusterId, memberIds }: { clusterId: string; memberIds: string[] }) {
  const { t } = useTranslation('board');
  const names = useBoard(
    useShallow((s) => {
      const here = new Set(memberIds.map((id) => s.cards[id]?.groupId ?? null));
      const others = new Set<string>();
      for (const card of Object.values(s.cards)) {
        if (card.clusterId === clusterId && card.deletedAt === null && card.groupId !== null && !here.has(card.groupId)) others.add(card.groupId);
      }
      return [...others];
    }),
  );
  const groups = useStore(useShallow((s) => names.map((id) => s.groups[id]?.name ?? '').filter(Boolean)));
  if (groups.length === 0) return null;
  return <p className="cluster-shared">{t('sharedWithNames', { groups: groups.join(', ') })}</p>;
}

function liveMembers(cards: Record<string, Card>, clusterId: string): string[] {
  return Object.values(cards)
    .filter((c) => c.clusterId === clusterId && c.deletedAt === null)
    .sort(compareKeys)
    .map((c) => c.id);
}
