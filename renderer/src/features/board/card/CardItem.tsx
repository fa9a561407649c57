import { useSortable } from '@dnd-kit/sortable';
import { CSS as DndCss } from '@dnd-kit/utilities';
import { memo, useCallback, useMemo, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hexForColor } from '#shared/palette.ts';
import { deleteCard, editCard } from '../../../state/card-actions.ts';
import { useStore } from '../../../state/store.ts';
import { finishOrStartLink } from '../commands/card-commands.ts';
import { Icon } from '../Icon.tsx';
import { chainOf } from '../model/chain.ts';
import { boardUi, setBoardUi, toggleSelected, useBoardUi } from '../ui-state.ts';
import { CardEditor } from './CardEditor.tsx';
import { CardFace, CardFooter } from './CardFace.tsx';
import { CardMenu } from './CardMenu.tsx';

interface CardProps {
  id: string;
  sessionId: string;
  locked: boolean;
}

/**
 * A card on the board: drag it (mouse, touch, or Space + arrows) or use its keys (see the
 * keyboard help). The drag wrapper re-renders while anything is dragged; the face inside it
 * does not.
 */
export const SortableCard = memo(function SortableCard({ id, sessionId, locked, extraRef }: CardProps & { extraRef?: (node: HTMLElement | null) => void }) {
  const editing = useBoardUi((s) => s.editing === id);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: editing || locked });
  const nodeRef = useCallback(
    (node: HTMLElement | null) => {
      setNodeRef(node);
      extraRef?.(node);
    },
    [setNodeRef, extraRef],
  );
  const style = { transform: DndCss.Translate.toString(transform), transition };
  return (
    <CardShell id={id} sessionId={sessionId} locked={locked} nodeRef={nodeRef} style={style} dragging={isDragging} handleProps={{ ...attributes, ...listeners }} />
  );
});

/**
 * A long column's card far off screen (see LazyCard): its kind's tint and its text only, as few
 * elements as can be, since React walks every one of them on each step of a drag.
 */
export function StaticCard({ id, extraRef, onFocus, onPointerEnter }: { id: string; extraRef(node: HTMLElement | null): void; onFocus(): void; onPointerEnter(): void }) {
  const kind = useStore((s) => (s.cards[id]?.customKindId ? 'custom' : s.cards[id]?.kind));
  const text = useStore((s) => s.cards[id]?.text);
  return (
    <li ref={extraRef} className={`card kind-${kind}`} data-testid="card">
      <div className="card-body" data-card-id={id} tabIndex={0} role="button" onFocus={onFocus} onPointerEnter={onPointerEnter}>
        <p className="card-text">{text}</p>
      </div>
    </li>
  );
}

/** A card inside a cluster: not dragged on its own (the cluster moves whole), everything else the same. */
export const ClusterMemberCard = memo(function ClusterMemberCard({ id, sessionId, locked }: CardProps) {
  return <CardShell id={id} sessionId={sessionId} locked={locked} handleProps={{ tabIndex: 0, role: 'button' }} />;
});

interface ShellProps extends CardProps {
  nodeRef?: (node: HTMLElement | null) => void;
  style?: CSSProperties;
  dragging?: boolean;
  handleProps: Record<string, unknown>;
}

function CardShell({ id, sessionId, locked, nodeRef, style, dragging = false, handleProps }: ShellProps) {
  const { t } = useTranslation('board');
  const kind = useStore((s) => s.cards[id]?.kind);
  const customColor = useStore((s) => {
    const customKindId = s.cards[id]?.customKindId;
    const custom = customKindId ? s.customKinds[customKindId] : undefined;
    return custom && custom.deletedAt === null ? hexForColor(custom.color) : null;
  });
  const groupColor = useStore((s) => {
    const groupId = s.cards[id]?.groupId;
    return groupId ? hexForColor(s.groups[groupId]?.color ?? '') : null;
  });
  const selected = useBoardUi((s) => s.selection.includes(id));
  const editing = useBoardUi((s) => s.editing === id);
  const linkSource = useBoardUi((s) => s.linkFrom === id);
  const inChain = useInChain(id);
  const menuOpen = useBoardUi((s) => s.menu?.cardId === id);
  if (!kind) return null;

  const classes = ['card', `kind-${customColor ? 'custom' : kind}`];
  if (dragging) classes.push('card-dragging');
  if (selected) classes.push('card-selected');
  if (linkSource) classes.push('card-link-source');
  const cardStyle = { ...style, ...(groupColor ? { '--group-color': groupColor } : {}), ...(customColor ? { '--kind-color': customColor } : {}) } as CSSProperties;

  if (editing) {
    return (
      <li ref={nodeRef} style={cardStyle} className={`${classes.join(' ')} card-editing`}>
        <CardEditor id={id} onDone={(text) => finishEditing(id, text)} />
      </li>
    );
  }

  function onClick(event: MouseEvent) {
    const ui = boardUi();
    if (ui.linkFrom && ui.linkFrom !== id) {
      void finishOrStartLink(id);
    } else if (event.ctrlKey || event.metaKey || event.shiftKey) {
      toggleSelected(id);
    }
  }

  return (
    <li ref={nodeRef} style={cardStyle} className={classes.join(' ')} data-testid="card" data-chain-member={inChain ? '' : undefined}>
      {/* The card body is the drag handle and carries the card's keys; the tools sit beside it. */}
      <div
        className="card-body"
        data-card-id={id}
        {...handleProps}
        aria-roledescription={t('cardRole')}
        aria-pressed={selected}
        onClick={onClick}
        onDoubleClick={() => !locked && setBoardUi({ editing: id })}
      >
        {selected && <Icon name="tick" className="select-mark" />}
        <CardFace id={id} />
      </div>
      <CardFooter id={id} sessionId={sessionId} />
      {!locked && <CardTools id={id} menuOpen={menuOpen} />}
      {menuOpen && <CardMenu cardId={id} sessionId={sessionId} />}
    </li>
  );
}

function CardTools({ id, menuOpen }: { id: string; menuOpen: boolean }): ReactNode {
  const { t } = useTranslation('board');
  return (
    <div className="card-tools">
      <button type="button" onClick={() => void deleteCard(id)} aria-label={t('deleteCard')} title={t('deleteCard')}>
        <Icon name="trash" />
      </button>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={menuOpen}
        aria-label={t('cardMenu')}
        title={t('cardMenu')}
        onClick={() => setBoardUi({ menu: menuOpen ? null : { cardId: id, view: 'main' } })}
      >
        <Icon name="menu" />
      </button>
    </div>
  );
}

function finishEditing(id: string, text: string | null) {
  setBoardUi({ editing: null });
  if (text !== null) void editCard(id, text);
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`)?.focus());
}

/** Whether this card belongs to the highlighted chain of links. */
function useInChain(id: string): boolean {
  const from = useBoardUi((s) => s.chainOf);
  const links = useStore((s) => (from ? s.links : null));
  return useMemo(() => (from && links ? chainOf(from, links).has(id) : false), [from, links, id]);
}
