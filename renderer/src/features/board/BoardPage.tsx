import { useEffect, useMemo, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boardEditor, setActiveEditor } from '../../editor/board/editors.ts';
import { EditorProvider, useBoardUi, useEditor } from '../../editor/board/context.tsx';
import type { FocusTarget } from '../../editor/board/board-state.ts';
import { useStore } from '../../editor/store.ts';
import { agendaOrder } from '../agenda/agenda-order.ts';
import { DoorPanel } from '../door/DoorPanel.tsx';
import { AddGroupForm } from './AddGroupForm.tsx';
import { BoardSkipLinks } from './BoardSkipLinks.tsx';
import { BoardBars } from './bars/BoardBars.tsx';
import { BoardSurface } from './BoardSurface.tsx';
import { CardDetailsDialog } from './dialogs/CardDetailsDialog.tsx';
import { KeyboardHelp } from './dialogs/KeyboardHelp.tsx';
import { MergeDialog } from './dialogs/MergeDialog.tsx';
import { ProjectorChrome } from './projector/ProjectorChrome.tsx';
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
  const projector = useBoardUi((s) => s.projector.on);
  const zoom = useBoardUi((s) => s.projector.zoom);
  const chain = useBoardUi((s) => s.chainOf !== null);
  const hasGroups = useStore((s) => Object.values(s.groups).some((g) => g.workshopId === workshopId));
  useEffect(() => {
    setActiveEditor(editor);
    return () => setActiveEditor(null);
  }, [editor]);
  useEffect(() => {
    document.documentElement.classList.toggle('projector-mode', projector);
    return () => document.documentElement.classList.remove('projector-mode');
  }, [projector]);
  const locked = session.lockedAt !== null;
  const layout = session.layout;

  const classes = ['board-page', projector ? 'projector' : '', chain ? 'chain-active' : '', locked ? 'board-locked' : ''];
  const style = projector ? ({ '--zoom': zoom } as React.CSSProperties) : undefined;
  // The page tells the editor where a person put the focus; commands read it from the editor.
  const noteFocus = (event: FocusEvent) => editor.noteFocus(focusTargetOf(event.target));
  const noteBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) editor.noteFocus(null);
  };

  return (
    <div className={classes.filter(Boolean).join(' ')} style={style} onFocus={noteFocus} onBlur={noteBlur}>
      {!projector && <BoardSkipLinks />}
      <SessionBar session={session} />
      <DoorPanel session={session} projector={projector} />
      {!projector && <Toolbar session={session} />}
      {!projector && <BoardBars session={session} />}
      {!projector && (
        <div className="board-hint-row">
          <p className="hint">{t('hint')}</p>
          {!locked && layout !== 'kinds' && <AddGroupForm />}
        </div>
      )}
      {projector && <ProjectorChrome />}
      <BoardSurface locked={locked} />
      {!hasGroups && layout !== 'kinds' && !projector && <p className="empty">{t('noGroups')}</p>}
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
