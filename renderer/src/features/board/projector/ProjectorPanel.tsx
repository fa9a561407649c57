import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { hexForColor } from '#shared/palette.ts';
import { kindOfCard } from '#shared/board/kinds.ts';
import type { BoardColumn } from '../../../editor/board/view.ts';
import { useBoard } from '../../../editor/board/context.tsx';
import { useStore } from '../../../editor/store.ts';
import { BOX, type GroupGeometry } from '../../../projector/plan-layout.ts';
import { otherGroups, projectedText, type ProjectorItem } from '../../../projector/projector-items.ts';
import { measureText } from '../../../projector/measure-text.ts';
import { GroupPhones } from '../../door/GroupPhones.tsx';
import { useColumnName } from '../columns/Column.tsx';
import { Icon } from '../Icon.tsx';
import { useKindLabel } from '../model/useKindLabel.ts';

/** Bold Noto Sans is at most this much wider than the regular face the text is measured in. */
const BOLD_WIDTH = 1.1;
/** A badge's border and padding around its number, and the gap after it, in em (projector.css). */
const BADGE_FRAME_EM = 0.64;
const NAME_GAP_EM = 0.2;

interface PanelProps {
  column: BoardColumn;
  items: ProjectorItem[];
  /** The group's number badge (null for the inbox and kind panels). */
  number: number | null;
  geometry: GroupGeometry;
  fontPx: number;
  groupNumbers: Map<string, number>;
  dots: Map<string, number>;
}

/**
 * One group (or kind) on the projector: its number badge and name, then its cards filling
 * column after column of the box the planner measured, in board order.
 */
export const ProjectorPanel = memo(function ProjectorPanel({ column, items, number, geometry, fontPx, groupNumbers, dots }: PanelProps) {
  const { t } = useTranslation('board');
  const name = useColumnName(column);
  const groupColor = useStore((s) => (column.groupId ? hexForColor(s.groups[column.groupId]?.color ?? '') : null));
  const color = groupColor ?? column.kind?.color ?? '#59616b';
  const style = { '--group-color': color, width: `${geometry.cellWidth}px`, height: `${geometry.cellHeight}px` } as CSSProperties;
  const listStyle = { height: `${geometry.cardsHeight}px`, columnCount: geometry.cardColumns } as CSSProperties;
  const text = { width: geometry.textWidth, fontPx };
  // A long name ("Prapat Tunggal") stays on one line, smaller, rather than break or spill.
  const markRoom = number !== null ? Math.max(1.4 * fontPx, measureText(String(number), fontPx) * BOLD_WIDTH + BADGE_FRAME_EM * fontPx) : column.kind ? 1.2 * fontPx : 0;
  const nameRoom = geometry.cellWidth - 2 * (BOX.panelBorderPx + BOX.panelPadPx) - markRoom - NAME_GAP_EM * fontPx;
  const nameScale = Math.min(1, nameRoom / (measureText(name, fontPx) * BOLD_WIDTH));
  return (
    <section className="projector-panel" role="listitem" aria-label={column.kind ? t('kindColumn', { name }) : t('groupColumn', { name })} style={style} data-testid="column" data-column={column.key}>
      <header className="projector-header">
        <h3 className="projector-name">
          {number !== null && <GroupBadge number={number} />}
          {column.kind && <Icon name={column.kind.icon} />}
          <span className="projector-name-text" style={{ fontSize: `${Math.floor(nameScale * 1000) / 1000}em` }}>
            {name}
          </span>
        </h3>
        {/* Cards from phones wait off the projector until the facilitator shows them from here. */}
        {!column.kind && <GroupPhones groupId={column.groupId} groupName={name} />}
      </header>
      <ul className="projector-cards" style={listStyle}>
        {items.map((item) =>
          item.type === 'cluster' ? (
            <ProjectorCluster key={item.id} clusterId={item.id} members={item.members} column={column} groupNumbers={groupNumbers} dots={dots} text={text} />
          ) : (
            <ProjectorCard key={item.id} id={item.id} dots={dots.get(item.id) ?? 0} badge={column.kind !== null} groupNumbers={groupNumbers} text={text} />
          ),
        )}
      </ul>
    </section>
  );
});

/** A group's number on its colour: groups stay apart where colours do not (grayscale, a pale projector). */
export function GroupBadge({ number, color }: { number: number; color?: string | null }) {
  return (
    <span className={`group-badge${number >= 10 ? ' group-badge-wide' : ''}`} aria-hidden="true" style={color ? ({ '--group-color': color } as CSSProperties) : undefined}>
      {number}
    </span>
  );
}

interface TextBox {
  width: number;
  fontPx: number;
}

/** The title of merged cards; a cluster shared with other groups names their numbers. */
function ProjectorCluster({ clusterId, members, column, groupNumbers, dots, text }: { clusterId: string; members: string[]; column: BoardColumn; groupNumbers: Map<string, number>; dots: Map<string, number>; text: TextBox }) {
  const { t } = useTranslation('board');
  const title = useBoard((s) => s.clusters[clusterId]?.title ?? '');
  const cards = useBoard((s) => s.cards);
  const others = otherGroups(clusterId, cards, column.groupId, groupNumbers);
  return (
    <>
      <li className="projector-cluster-title" data-testid="cluster">
        <Icon name="link" />
        <span className="card-text">
          <Words text={[title, ...others.map((n) => `[${n}]`)].join(' ')} box={text} />
        </span>
        {others.length > 0 && <span className="visually-hidden">{t('sharedWithGroups', { groups: others.join(', ') })}</span>}
      </li>
      {members.map((id) => (
        <ProjectorCard key={id} id={id} dots={dots.get(id) ?? 0} badge={column.kind !== null} groupNumbers={groupNumbers} text={text} />
      ))}
    </>
  );
}

function ProjectorCard({ id, dots, badge, groupNumbers, text }: { id: string; dots: number; badge: boolean; groupNumbers: Map<string, number>; text: TextBox }) {
  const { t } = useTranslation(['board', 'door', 'voting']);
  const card = useBoard((s) => s.cards[id]);
  const customKinds = useBoard((s) => s.customKinds);
  const kindLabel = useKindLabel();
  const groupColor = useStore((s) => (badge && card?.groupId ? hexForColor(s.groups[card.groupId]?.color ?? '') : null));
  if (!card) return null;
  const kind = kindOfCard(card, customKinds);
  const kindClass = `kind-${kind.customKindId ? 'custom' : kind.kind}`;
  // In a panel of a kind, each card says its group by number and colour.
  const number = badge && card.groupId ? groupNumbers.get(card.groupId) : undefined;
  const words = projectedText(card, (field) => t(`fields.${field}`));
  return (
    <li className={`projector-card ${kindClass}`} data-testid="card" data-card-id={id} tabIndex={0} style={kind.color ? ({ '--kind-color': kind.color } as CSSProperties) : undefined}>
      <Icon name={kind.icon} title={kindLabel(kind)} className="icon projector-kind" />
      {card.deviceId !== null && <Icon name="chat" title={t('door:fromPhone')} className="icon projector-kind" />}
      {number !== undefined && <GroupBadge number={number} color={groupColor} />}
      <span className="card-text">
        <Words text={words} box={text} />
        {dots > 0 && (
          <>
            {' '}
            <span className="projector-dots" aria-hidden="true">
              ●{dots}
            </span>
          </>
        )}
      </span>
      {dots > 0 && <span className="visually-hidden">{t('voting:dots', { count: dots })}</span>}
    </li>
  );
}

/**
 * Card words broken only between words: a word wider than its card is drawn smaller so it fits
 * on a line of its own, as the planner counted it.
 */
function Words({ text, box }: { text: string; box: TextBox }) {
  const parts = text.split(/(\s+)/);
  return (
    <>
      {parts.map((part, i) => {
        if (!part.trim()) return part;
        const width = measureText(part, box.fontPx);
        if (width <= box.width) return part;
        return (
          <span key={i} className="projector-long-word" style={{ fontSize: `${Math.floor(((box.fontPx * box.width) / width) * 0.97 * 10) / 10}px` }}>
            {part}
          </span>
        );
      })}
    </>
  );
}
