import { DndContext } from '@dnd-kit/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardUi, useBoardView } from '../../editor/board/context.tsx';
import { Column } from './columns/Column.tsx';
import { GridBoard } from './columns/GridBoard.tsx';
import { DraggedCardOverlay } from './drag/DraggedCardOverlay.tsx';
import { PointerDragContext } from './drag/pointer-drag-store.ts';
import { PointerDragLayer } from './drag/PointerDragLayer.tsx';
import { useBoardDrag } from './drag/useBoardDrag.ts';
import { ProjectorView } from './projector/ProjectorView.tsx';

/**
 * The board's columns and their drag and drop: the only part of the page that follows the laid-out
 * view. A drop, a typed card or an event from a phone re-renders this and the columns it touches;
 * the session bar, the toolbar and the door panel around it do not render again for a card.
 */
export const BoardSurface = memo(function BoardSurface({ locked }: { locked: boolean }) {
  const { t } = useTranslation('board');
  const view = useBoardView();
  const { shown, startPointerDrag, contextProps } = useBoardDrag(view);
  const projector = useBoardUi((s) => s.projector);
  if (!view) return null;

  const spotlight = projector.on ? projector.focus : null;
  // On the projector, an empty inbox is only noise; a spotlight shows one column.
  const columns = view.columns.filter((c) =>
    spotlight?.type === 'column' ? c.key === spotlight.key : !(projector.on && c.key === 'inbox' && view.cells[c.key]?.items.length === 0),
  );
  return (
    <DndContext {...contextProps}>
      <PointerDragContext value={startPointerDrag}>
        {spotlight?.type === 'card' ? null : projector.on ? (
          <ProjectorView view={view} columns={columns} />
        ) : view.layout === 'grid' ? (
          <GridBoard view={{ ...view, columns }} shown={shown} locked={locked || projector.on} />
        ) : (
          <div className={`board${spotlight ? ' board-spotlit' : ''}`} role="list" aria-label={t(view.layout === 'kinds' ? 'kinds' : 'groups')}>
            {columns.map((column) => {
              const cell = view.cells[column.key]!;
              return (
                <Column
                  key={column.key}
                  column={column}
                  cell={cell}
                  items={shown[cell.key] ?? cell.items}
                  kinds={view.kinds}
                  locked={locked || projector.on}
                  spotlit={spotlight !== null}
                />
              );
            })}
          </div>
        )}
      </PointerDragContext>
      <DraggedCardOverlay />
      <PointerDragLayer />
    </DndContext>
  );
});
