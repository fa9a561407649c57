import { DndContext } from '@dnd-kit/core';
import { useEffect, useMemo, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boardEditor, setActiveEditor } from '../../editor/board/editors.ts';
import { EditorProvider, useBoardUi, useBoardView, useEditor } from '../../editor/board/context.tsx';
import type { FocusTarget } from '../../editor/board/board-state.ts';
import { useStore } from '../../editor/store.ts';
import { agendaOrder } from '../agenda/agenda-order.ts';
import { DoorPanel } from '../door/DoorPanel.tsx';
import { AddGroupForm } from './AddGroupForm.tsx';
import { BoardSkipLinks } from './BoardSkipLinks.tsx';
import { BoardBars } from './bars/BoardBars.tsx';
import { Column } from './columns/Column.tsx';
import { GridBoard } from './columns/GridBoard.tsx';
import { CardDetailsDialog } from './dialogs/CardDetailsDialog.tsx';
import { KeyboardHelp } from './dialogs/KeyboardHelp.tsx';
import { MergeDialog } from './dialogs/MergeDialog.tsx';
import { DraggedCardOverlay } from './drag/DraggedCardOverlay.tsx';
import { useBoardDrag } from './drag/useBoardDrag.ts';
import { ProjectorChrome } from './projector/ProjectorChrome.tsx';
import { ProjectorView } from './projector/ProjectorView.tsx';
import { SessionBar } from './SessionBar.tsx';
import { Toolbar } from './Toolbar.tsx';

/** The board of one session (the first open board of the agenda when none is named). */
export function BoardPage({ workshopId, sessionId }: { workshopId: string; sessionId?: string }) {
  const { t } = useTranslation(['board', 'common']);
  const defaultSessionId = useStore((s) => {
    const boards = agendaOrder(Object.values(s.sessions).filter((x) => x.workshopId === workshopId && x.deletedAt === null && x.kind === 'board'));
    return (boards.find((x) => x.lockedAt === null) ?? boards[0])?.id;
  });
  const activeSessionId = sessionId ?? defaultSessionId;
  const session = useStore((s) => (activeSessionId ? s.sessions[activeSessionId] : undefined));
  const editor = useMemo(() => (activeSessionId ? boardEditor(activeSessionId) : null), [activeSessionId]);

  useEffect(() => {
    if (!editor) return;
    editor.resetUi();
    void editor.load();
  }, [editor]);

  if (!session || !editor) return <p>{activeSessionId === undefined ? t('noBoardSession') : t('common:loading')}</p>;
  return (
    <EditorProvider editor={editor}>
      {session.kind === 'board' ? (
        <Board key={session.id} sessionId={session.id} workshopId={workshopId} />
      ) : (
        <div className="board-page">
          <SessionBar session={session} />
          <p className="empty">{t('plenaryHasNoBoard')}</p>
        </div>
      )}
    </EditorProvider>
  );
}

function Board({ sessionId, workshopId }: { sessionId: string; workshopId: string }) {
  const { t } = useTranslation('board');
  const editor = useEditor();
  const session = useStore((s) => s.sessions[sessionId]!);
  const view = useBoardView();
  const { shown, contextProps } = useBoardDrag(view);
  const projector = useBoardUi((s) => s.projector);
  const chain = useBoardUi((s) => s.chainOf !== null);
  const hasGroups = useStore((s) => Object.values(s.groups).some((g) => g.workshopId === workshopId));
  useEffect(() => {
    setActiveEditor(editor);
    return () => setActiveEditor(null);
  }, [editor]);
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
  // The page tells the editor where a person put the focus; commands read it from the editor.
  const noteFocus = (event: FocusEvent) => editor.noteFocus(focusTargetOf(event.target));
  const noteBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) editor.noteFocus(null);
  };

  return (
    <div className={classes.filter(Boolean).join(' ')} style={zoom} onFocus={noteFocus} onBlur={noteBlur}>
      {!projector.on && <BoardSkipLinks />}
      <SessionBar session={session} />
      <DoorPanel session={session} projector={projector.on} />
      {!projector.on && <Toolbar session={session} />}
      {!projector.on && <BoardBars session={session} />}
      {!projector.on && (
        <div className="board-hint-row">
          <p className="hint">{t('hint')}</p>
          {!locked && view.layout !== 'kinds' && <AddGroupForm />}
        </div>
      )}
      {projector.on && <ProjectorChrome />}
      <DndContext {...contextProps}>
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
        <DraggedCardOverlay />
      </DndContext>
      {!hasGroups && view.layout !== 'kinds' && !projector.on && <p className="empty">{t('noGroups')}</p>}
      <CardDetailsDialog />
      <MergeDialog />
      <KeyboardHelp />
    </div>
  );
}

/** What a focused element stands for on the board: a card's body, a column's capture field, the search box. */
function focusTargetOf(element: EventTarget): FocusTarget | null {
  if (!(element instanceof HTMLElement)) return null;
  if (element.dataset.cardId) return { kind: 'card', id: element.dataset.cardId };
  if (element.dataset.capture) return { kind: 'capture', column: element.dataset.capture };
  if (element.id === 'board-search') return { kind: 'search' };
  return null;
}
