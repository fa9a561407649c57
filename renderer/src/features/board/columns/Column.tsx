import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { hexForColor } from '#shared/palette.ts';
import type { KindEntry } from '#shared/board/kinds.ts';
import { clusterOfItem, type BoardColumn, type Cell } from '../../../editor/board/view.ts';
import { useStore } from '../../../editor/store.ts';
import { GroupPhones } from '../../door/GroupPhones.tsx';
import { Icon } from '../Icon.tsx';
import { useKindLabel } from '../model/useKindLabel.ts';
import { AddCardInput } from './AddCardInput.tsx';
import { CellList } from './CellList.tsx';

interface ColumnProps {
  column: BoardColumn;
  cell: Cell;
  items: string[];
  kinds: KindEntry[];
  locked: boolean;
  spotlit: boolean;
}

/** A column of the board: a group (or the inbox), or a kind when the board is laid out per kind. */
export const Column = memo(function Column({ column, cell, items, kinds, locked, spotlit }: ColumnProps) {
  const { t } = useTranslation('board');
  const name = useColumnName(column);
  const groupColor = useStore((s) => (column.groupId ? hexForColor(s.groups[column.groupId]?.color ?? '') : null));
  const color = groupColor ?? column.kind?.color ?? null;
  const count = countCards(cell.items, cell.members);
  const style = color ? ({ '--group-color': color } as CSSProperties) : undefined;
  const classes = ['column', column.key === 'inbox' ? 'column-inbox' : '', column.kind ? `column-kind kind-${column.kind.customKindId ? 'custom' : column.kind.kind}` : '', spotlit ? 'column-spotlit' : ''];
  return (
    <section
      className={classes.filter(Boolean).join(' ')}
      role="listitem"
      aria-label={column.kind ? t('kindColumn', { name }) : t('groupColumn', { name })}
      style={style}
      data-column={column.key}
      data-testid="column"
    >
      <header className="column-header">
        <h3>
          {column.kind ? <Icon name={column.kind.icon} /> : <span className="column-swatch" aria-hidden="true" />}
          {name}
        </h3>
        <span className="column-count">{t('cardCount', { count })}</span>
        {!column.kind && <GroupPhones groupId={column.groupId} groupName={name} />}
      </header>
      <div className="column-body">
        <CellList cell={cell} items={items} locked={locked} />
        {!locked && <AddCardInput columnKey={column.key} groupId={column.groupId} fixedKind={column.kind} kinds={kinds} columnName={name} />}
      </div>
    </section>
  );
});

export function useColumnName(column: BoardColumn): string {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const groupName = useStore((s) => (column.groupId ? (s.groups[column.groupId]?.name ?? '') : null));
  if (column.kind) return kindLabel(column.kind);
  return groupName ?? t('dnd.inbox');
}

/** Cards shown in a cell, counting each card of a cluster. */
export function countCards(items: readonly string[], members: Record<string, string[]>): number {
  let n = 0;
  for (const item of items) {
    const clusterId = clusterOfItem(item);
    n += clusterId ? (members[clusterId]?.length ?? 0) : 1;
  }
  return n;
}
