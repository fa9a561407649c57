import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { useCombinedRefs } from '@dnd-kit/utilities';
import { memo, useMemo, useState, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hexForColor } from '#shared/palette.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard, useCardPart, useEditor } from '../../../editor/board/context.tsx';
import { useFocusRequest } from '../../../editor/board/use-focus-request.ts';
import { cellOfClusterItem, clusterOfItem } from '../../../editor/board/view.ts';
import { useStore } from '../../../editor/store.ts';
import { useHeldByPointer } from '../../../editor/board/drag-state.ts';
import { useDropSide } from '../drag/drop-line.ts';
import { usePickUp } from '../drag/pointer-drag-store.ts';
import { othersCarried } from '../drag/carried.ts';
import { animateWhileSorting } from '../drag/layout-animation.ts';
import { shift } from '../drag/shift.ts';
import { Icon } from '../Icon.tsx';
import { chainOf } from '../model/chain.ts';
import { CardEditor } from './CardEditor.tsx';
import { CardFace, CardFooter } from './CardFace.tsx';
import { CardMenu } from './CardMenu.tsx';

/** For `useCombinedRefs` when a caller gave no ref of its own. */
export const ignoreNode = (_node: HTMLElement | null) => undefined;

interface CardProps {
  id: string;
  locked: boolean;
}

/**
 * A card on the board: drag it (mouse, touch, or Space + arrows) or use its keys (see the
 * keyboard help). The drag wrapper re-renders while anything is dragged by keys (dnd-kit); the
 * face inside it does not. A pointer drag does not go through dnd-kit (`usePointerDrag`).
 */
export const SortableCard = memo(function SortableCard({ id, locked, extraRef }: CardProps & { extraRef?: ((node: HTMLElement | null) => void) | undefined }) {
  const editing = useCardPart(id, (s) => s.ui.editing === id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: editing || locked, animateLayoutChanges: animateWhileSorting });
  const dropSide = useDropSide(id);
  const nodeRef = useCombinedRefs(setNodeRef, extraRef ?? ignoreNode);
  // dnd-kit re-renders every sortable card on each step of a drag; the shell below re-renders
  // only when its own place changes.
  return (
    <CardShell
      id={id}
      locked={locked}
      nodeRef={nodeRef}
      shift={shift(transform)}
      transition={transition}
      dragging={isDragging}
      dropSide={dropSide}
      attributes={attributes}
      listeners={listeners}
      movable={!locked}
    />
  );
});

/**
 * A card far off screen (see LazyCard): its face (kind, tag, text, author: what a screen reader
 * reads out, the same as a full card) without drag machinery, tools, links or votes, which
 * dnd-kit would draw again at every pick-up and drop.
 */
export function StaticCard({ id, locked, extraRef, onFocus, onPointerEnter }: { id: string; locked: boolean; extraRef(node: HTMLElement | null): void; onFocus(): void; onPointerEnter(): void }) {
  const kind = useCardPart(id, (s) => s.cards[id]?.kind);
  const { customColor, colors } = useCardColors(id);
  const pickUp = usePickUp(id, !locked);
  return (
    <li ref={extraRef} style={colors} className={`card card-far kind-${customColor ? 'custom' : kind}`} data-testid="card" data-drag-item={locked ? undefined : id}>
      <div
        className="card-body"
        data-card-id={id}
        tabIndex={0}
        role="button"
        onFocus={onFocus}
        onPointerEnter={onPointerEnter}
        onPointerDown={pickUp}
      >
        <CardFace id={id} />
      </div>
    </li>
  );
}

/**
 * A card's colours: its group's (the left edge, on a board laid out per kind) and its own kind's
 * (a board's own kind, not deleted), as the CSS variables the card's style reads.
 */
function useCardColors(id: string) {
  const customColor = useCardPart(id, (s) => {
    const customKindId = s.cards[id]?.customKindId;
    const custom = customKindId ? s.customKinds[customKindId] : undefined;
    return custom && custom.deletedAt === null ? hexForColor(custom.color) : null;
  });
  const groupId = useCardPart(id, (s) => s.cards[id]?.groupId ?? null);
  const groupColor = useStore((s) => (groupId ? hexForColor(s.groups[groupId]?.color ?? '') : null));
  const colors = useMemo(() => ({ ...(groupColor ? { '--group-color': groupColor } : {}), ...(customColor ? { '--kind-color': customColor } : {}) }) as CSSProperties, [groupColor, customColor]);
  return { customColor, colors };
}

/** A card inside a cluster: not dragged on its own (the cluster moves whole), everything else the same. */
export const ClusterMemberCard = memo(function ClusterMemberCard({ id, locked }: CardProps) {
  return <CardShell id={id} locked={locked} attributes={MEMBER_HANDLE} />;
});

const MEMBER_HANDLE = { tabIndex: 0, role: 'button' } as unknown as DraggableAttributes;

interface ShellProps extends CardProps {
  nodeRef?: (node: HTMLElement | null) => void;
  shift?: string | undefined;
  transition?: string | undefined;
  dragging?: boolean;
  /** A card dragged from another cell will land before or after this one (`drop-line.ts`). */
  dropSide?: 'before' | 'after' | null;
  attributes: DraggableAttributes;
  listeners?: DraggableSyntheticListeners;
  /** A card of its cell's list (not one inside a cluster): a pointer picks it up, and drops beside it. */
  movable?: boolean;
}

const CardShell = memo(function CardShell({ id, locked, nodeRef, shift, transition, dragging = false, dropSide = null, attributes, listeners, movable = false }: ShellProps) {
  const { t } = useTranslation('board');
  const editor = useEditor();
  const run = useCommand();
  const pickUp = usePickUp(id, movable);
  const held = useHeldByPointer(id);
  const focusRef = useFocusRequest({ kind: 'card', id });
  const kind = useCardPart(id, (s) => s.cards[id]?.kind);
  const { customColor, colors } = useCardColors(id);
  const selected = useCardPart(id, (s) => s.ui.selection.includes(id));
  const editing = useCardPart(id, (s) => s.ui.editing === id);
  const linkSource = useCardPart(id, (s) => s.ui.linkFrom === id);
  const inChain = useInChain(id);
  const menuOpen = useCardPart(id, (s) => s.ui.menu?.cardId === id);
  if (!kind) return null;

  const classes = ['card', `kind-${customColor ? 'custom' : kind}`];
  if (dragging || held) classes.push('card-dragging');
  if (selected) classes.push('card-selected');
  if (linkSource) classes.push('card-link-source');
  if (dropSide) classes.push(`drop-${dropSide}`);
  const cardStyle = { transform: shift, transition, ...colors } as CSSProperties;

  if (editing) {
    return (
      <li ref={nodeRef} style={cardStyle} className={`${classes.join(' ')} card-editing`} data-drag-item={movable ? id : undefined}>
        <CardEditor id={id} />
      </li>
    );
  }

  function onClick(event: MouseEvent) {
    const from = editor.ui.linkFrom;
    if (from && from !== id) void run('linkTo', { cardId: id });
    else if (event.ctrlKey || event.metaKey || event.shiftKey) void run('select', undefined, { cardId: id });
  }

  return (
    <li
      ref={nodeRef}
      style={cardStyle}
      className={classes.join(' ')}
      data-testid="card"
      data-drag-item={movable ? id : undefined}
      data-chain-member={inChain ? '' : undefined}
    >
      {/* The card body is the drag handle and carries the card's keys; the tools sit beside it. */}
      <div
        className="card-body"
        data-card-id={id}
        ref={focusRef}
        {...attributes}
        {...listeners}
        aria-roledescription={t('cardRole')}
        aria-pressed={selected}
        onPointerDown={pickUp}
        onClick={onClick}
        onDoubleClick={() => void run('edit', undefined, { cardId: id })}
      >
        {selected && <Icon name="tick" className="select-mark" />}
        <CardFace id={id} />
      </div>
      <CardFooter id={id} />
      {!locked && <CardTools id={id} menuOpen={menuOpen} />}
      {menuOpen && <CardMenu cardId={id} />}
    </li>
  );
}, sameShell);

/**
 * A shell re-renders when its own place or state changes. While anything is dragged dnd-kit gives
 * every sortable card a transition and takes it away on the drop: on a card that is not shifted it
 * changes nothing on screen, yet it re-rendered every full card of the board (54 in the board bench)
 * when a drag started and again when it ended.
 */
export function sameShell(before: ShellProps, after: ShellProps): boolean {
  const keys = Object.keys(after) as Array<keyof ShellProps>;
  if (keys.length !== Object.keys(before).length) return false;
  return keys.every((key) => before[key] === after[key] || (key === 'transition' && before.shift === undefined && after.shift === undefined));
}

/**
 * What follows the pointer during a drag (dnd-kit's DragOverlay), in a layer of its own: the card
 * in its column stays put, so moving the pointer repaints no column. It fills the overlay, which
 * dnd-kit sizes as the dragged item: dnd-kit measures the preview as the item in hand, and a
 * cluster drawn as its title alone was nearer the card above than its own place, so a cluster
 * picked up by keyboard and put straight down moved up one place.
 */
export const DragPreview = memo(function DragPreview({ itemId }: { itemId: string }) {
  const editor = useEditor();
  const clusterId = clusterOfItem(itemId);
  const title = useBoard((s) => (clusterId ? s.clusters[clusterId]?.title : undefined));
  if (!clusterId) return <CarriedCards id={itemId} />;
  // The cards the cluster shows in the cell it was picked up from.
  const cell = cellOfClusterItem(itemId);
  const memberIds = (cell ? editor.view()?.cells[cell]?.members[clusterId] : undefined) ?? editor.clusterMembers(clusterId);
  return (
    <div className="cluster card-preview">
      <h4 className="cluster-title">{title}</h4>
      <ol className="cluster-cards">
        {memberIds.map((id) => (
          <li key={id}>
            <PreviewCard id={id} />
          </li>
        ))}
      </ol>
    </div>
  );
});

/**
 * A dragged card, and the rest of the selection it takes along: drawn as a stack with their count
 * ("3 kartu"), since only the card in hand moves with the pointer and the others wait in place.
 */
function CarriedCards({ id }: { id: string }) {
  const { t } = useTranslation('board');
  const editor = useEditor();
  // Read once, at the pick-up: the selection does not change while a card is in hand.
  const [others] = useState(() => othersCarried(editor, id));
  if (others === 0) return <PreviewCard id={id} preview />;
  return (
    <div className="card-stack">
      <PreviewCard id={id} preview />
      <span className="card-stack-count">{t('cardCount', { count: others + 1 })}</span>
    </div>
  );
}

/** A card's face in its kind's colours: the dragged card's preview, or one of a dragged cluster's cards. */
function PreviewCard({ id, preview = false }: { id: string; preview?: boolean }) {
  const kind = useBoard((s) => (s.cards[id]?.customKindId ? 'custom' : s.cards[id]?.kind));
  return (
    <div className={`card kind-${kind}${preview ? ' card-preview' : ''}`}>
      <div className="card-body">
        <CardFace id={id} />
      </div>
    </div>
  );
}

const CardTools = memo(function CardTools({ id, menuOpen }: { id: string; menuOpen: boolean }): ReactNode {
  const { t } = useTranslation('board');
  const editor = useEditor();
  const run = useCommand();
  // Named after their card, so a screen reader's list of buttons is not 30 times "Hapus kartu".
  const text = useCardPart(id, (s) => shortText(s.cards[id]?.text ?? ''));
  return (
    <div className="card-tools">
      <button type="button" onClick={() => void run('delete', undefined, { cardId: id })} aria-label={t('deleteCardNamed', { text })} title={t('deleteCard')}>
        <Icon name="trash" />
      </button>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-label={t('cardMenuNamed', { text })}
        title={t('cardMenu')}
        onClick={() => (menuOpen ? editor.setUi({ menu: null }) : void run('cardMenu', undefined, { cardId: id }))}
      >
        <Icon name="menu" />
      </button>
    </div>
  );
});

/** A card's words, cut at a word near 60 characters, for a control's name. */
function shortText(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60)}…`;
}

/** Whether this card belongs to the highlighted chain of links. */
function useInChain(id: string): boolean {
  const from = useCardPart(id, (s) => s.ui.chainOf);
  const links = useCardPart(id, (s) => (from ? s.links : null));
  return useMemo(() => (from && links ? chainOf(from, links).has(id) : false), [from, links, id]);
}
