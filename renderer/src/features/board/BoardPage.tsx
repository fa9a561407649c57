import { DndContext } from '@dnd-kit/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../state/store.ts';
import { loadBoard } from '../../state/workshop-actions.ts';
import { agendaOrder } from '../agenda/agenda-order.ts';
import { DoorPanel } from '../door/DoorPanel.tsx';
import { AddGroupForm } from './AddGroupForm.tsx';
import { BoardBars } from './bars/BoardBars.tsx';
import { Column } from './columns/Column.tsx';
import { GridBoard } from './columns/GridBoard.tsx';
import { useBoardKeys } from './commands/useBoardKeys.ts';
import { CardDetailsDialog } from './dialogs/CardDetailsDialog.tsx';
import { KeyboardHelp } from './dialogs/KeyboardHelp.tsx';
import { MergeDialog } from './dialogs/MergeDialog.tsx';
import { useBoardDrag } from './drag/useBoardDrag.ts';
import { useBoardView } from './model/useBoardView.ts';
import { ProjectorChrome } from './projector/ProjectorChrome.tsx';
import { SessionBar } from './SessionBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { resetBoardUi, useBoardUi } from './ui-state.ts';

/** The board of one session (the first open board of the agenda when none is named). */
export function BoardPage({ workshopId, sessionId }: { workshopId: string; sessionId?: string }) {
  const { t } = useTranslation(['board', 'common']);
  const defaultSessionId = useStore((s) => {
    const boards = agendaOrder(Object.values(s.sessions).filter((x) => x.workshopId === workshopId && x.deletedAt === null && x.kind === 'board'));
    return (boards.find((x) => x.lockedAt === null) ?? boards[0])?.id;
  });
  const activeSessionId = sessionId ?? defaultSessionId;
  const session = useStore((s) => (activeSessionId ? s.sessions[activeSessionId] : undefined));

  useEffect(() => {
    resetBoardUi();
    if (activeSessionId) void loadBoard(activeSessionId);
  }, [activeSessionId]);

  if (!session) return <p>{activeSessionId === undefined ? t('noBoardSession') : t('common:loading')}</p>;
  if (session.kind !== 'board') {
    return (
      <div className="board-page">
        <SessionBar session={session} />
        <p className="empty">{t('plenaryHasNoBoard')}</p>
      </div>
    );
  }
  return <Board key={session.id} sessionId={session.id} workshopId={workshopId} />;
}

function Board({ sessionId, workshopId }: { sessionId: string; workshopId: string }) {
  const { t } = useTranslation('board');
  const session = useStore((s) => s.sessions[sessionId]!);
  const view = useBoardView(sessionId, workshopId);
  const { shown, contextProps } = useBoardDrag(view);
  const projector = useBoardUi((s) => s.projector);
  const chain = useBoardUi((s) => s.chainOf !== null);
  const hasGroups = useStore((s) => Object.values(s.groups).some((g) => g.workshopId === workshopId));
  useBoardKeys(sessionId);
  useEffect(() => {
    document.documentElement.classList.toggle('projector-mode', projector.on);
    return () => document.documentElement.classList.remove('projector-mode');
  }, [projector.on]);
  const locked = session.lockedAt !== null;
  if (!view) return null;

  const spotlight = projector.on ? projector.focus : null;
  // On the projector, an empty inbox is only noise; a spotlight shows one column.
  const columns = view.columns.filter((c) =>
    spotlight?.type === 'column' ? c.key === spotlight.key : !(projector.on && c.key === 'inbox' && view.cells[c.key]?.items.length === 0),
  );
  const classes = ['board-page', projector.on ? 'projector' : '', chain ? 'chain-active' : '', locked ? 'board-locked' : ''];
  const zoom = projector.on ? ({ '--zoom': projector.zoom } as React.CSSProperties) : undefined;

  return (
    <div className={classes.filter(Boolean).join(' ')} style={zoom}>
      <SessionBar session={session} />
      <DoorPanel session={session} projector={projector.on} />
      {!projector.on && <Toolbar session={session} />}
      {!projector.on && <BoardBars session={session} />}
      {!projector.on && (
        <div className="board-hint-row">
          <p className="hint">{t('hint')}</p>
          {!locked && view.layout !== 'kinds' && <AddGroupForm workshopId={workshopId} />}
        </div>
      )}
      {projector.on && <ProjectorChrome session={session} />}
      <DndContext {...contextProps}>
        {spotlight?.type === 'card' ? null : view.layout === 'grid' ? (
          <GridBoard view={{ ...view, columns }} shown={shown} sessionId={sessionId} locked={locked || projector.on} />
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
                  sessionId={sessionId}
                  locked={locked || projector.on}
                  spotlit={spotlight !== null}
                />
              );
            })}
          </div>
        )}
      </DndContext>
      {!hasGroups && view.layout !== 'kinds' && !projector.on && <p className="empty">{t('noGroups')}</p>}
      <CardDetailsDialog />
      <MergeDialog sessionId={sessionId} />
      <KeyboardHelp sessionId={sessionId} />
    </div>
  );
}
