import { type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { hexForColor } from '#shared/palette.ts';
import { cellKey, type BoardColumn, type BoardView } from '../../../editor/board/view.ts';
import { useStore } from '../../../editor/store.ts';
import { GroupPhones } from '../../door/GroupPhones.tsx';
import { Icon } from '../Icon.tsx';
import { useKindLabel } from '../model/useKindLabel.ts';
import type { CellItems } from '../drag/cells.ts';
import { AddCardInput } from './AddCardInput.tsx';
import { CellList } from './CellList.tsx';
import { countCards, useColumnName } from './Column.tsx';

/** The group × kind grid: a column per group, a lane per card kind; dropping into a cell sets both. */
export function GridBoard({ view, shown, locked }: { view: BoardView; shown: CellItems; locked: boolean }) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const style = { gridTemplateColumns: `9rem repeat(${view.columns.length}, minmax(220px, 260px))` } as CSSProperties;
  return (
    <div className="grid-board" style={style} role="table" aria-label={t('gridLabel')}>
      {/* Rows are `display: contents`: the cells stay items of the CSS grid, the table keeps its rows. */}
      <div role="row" style={{ display: 'contents' }}>
        <div className="grid-corner" role="columnheader">
          <span className="visually-hidden">{t('kinds')}</span>
        </div>
        {view.columns.map((column) => (
          <GridHeader key={column.key} column={column} view={view} />
        ))}
      </div>
      {view.kinds.map((kind) => (
        <div className="grid-row" role="row" key={kind.key} style={{ display: 'contents' }}>
          <div className={`grid-lane kind-${kind.customKindId ? 'custom' : kind.kind}`} role="rowheader" style={kind.color ? ({ '--kind-color': kind.color } as CSSProperties) : undefined}>
            <Icon name={kind.icon} />
            {kindLabel(kind)}
          </div>
          {view.columns.map((column) => {
            const cell = view.cells[cellKey(column.key, kind.key)];
            if (!cell) return <div key={column.key} role="cell" />;
            return (
              <GridCell key={column.key} column={column} laneLabel={kindLabel(kind)}>
                <CellList cell={cell} items={shown[cell.key] ?? cell.items} locked={locked} />
              </GridCell>
            );
          })}
        </div>
      ))}
      {!locked && (
        <div role="row" style={{ display: 'contents' }}>
          <div role="cell" />
          {view.columns.map((column) => (
            <GridCapture key={column.key} column={column} view={view} />
          ))}
        </div>
      )}
    </div>
  );
}

function useGroupStyle(column: BoardColumn): CSSProperties | undefined {
  const color = useStore((s) => (column.groupId ? hexForColor(s.groups[column.groupId]?.color ?? '') : null));
  return color ? ({ '--group-color': color } as CSSProperties) : undefined;
}

function GridHeader({ column, view }: { column: BoardColumn; view: BoardView }) {
  const { t } = useTranslation('board');
  const name = useColumnName(column);
  const count = view.kinds.reduce((n, kind) => {
    const cell = view.cells[cellKey(column.key, kind.key)];
    return n + (cell ? countCards(cell.items, cell.members) : 0);
  }, 0);
  return (
    <div className={`grid-header column-header${column.key === 'inbox' ? ' column-inbox' : ''}`} role="columnheader" style={useGroupStyle(column)} data-column={column.key}>
      <h3>
        <span className="column-swatch" aria-hidden="true" />
        {name}
      </h3>
      <span className="column-count">{t('cardCount', { count })}</span>
      <GroupPhones groupId={column.groupId} groupName={name} />
    </div>
  );
}

function GridCell({ column, laneLabel, children }: { column: BoardColumn; laneLabel: string; children: React.ReactNode }) {
  const { t } = useTranslation('board');
  const name = useColumnName(column);
  return (
    <div className="grid-cell" role="cell" aria-label={t('gridCell', { group: name, kind: laneLabel })} style={useGroupStyle(column)} data-column={column.key}>
      {children}
    </div>
  );
}

function GridCapture({ column, view }: { column: BoardColumn; view: BoardView }) {
  const name = useColumnName(column);
  return (
    <div className="grid-capture" role="cell" data-column={column.key} style={useGroupStyle(column)}>
      <AddCardInput columnKey={column.key} groupId={column.groupId} fixedKind={null} kinds={view.kinds} columnName={name} />
    </div>
  );
}
