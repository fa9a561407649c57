import { DndContext } from '@dnd-kit/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { workshopGroups } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { loadBoard } from '../../state/workshop-actions.ts';
import { SessionExportMenu } from '../reports/SessionExportMenu.tsx';
import { AddGroupForm } from './AddGroupForm.tsx';
import { Column } from './Column.tsx';
import { INBOX } from './columns.ts';
import { useBoardColumns } from './useBoardColumns.ts';
import { useBoardDrag } from './useBoardDrag.ts';

export function BoardPage({ workshopId, sessionId }: { workshopId: string; sessionId?: string }) {
  const { t } = useTranslation(['board', 'common']);
  const firstSessionId = useStore(
    (s) => Object.values(s.sessions).filter((x) => x.workshopId === workshopId).sort((a, b) => (a.position < b.position ? -1 : 1))[0]?.id,
  );
  const activeSessionId = sessionId ?? firstSessionId;
  const session = useStore((s) => (activeSessionId ? s.sessions[activeSessionId] : undefined));
  const groups = useStore(useShallow((s) => workshopGroups(s, workshopId)));
  const groupIds = useMemo(() => groups.map((g) => g.id), [groups]);

  useEffect(() => {
    if (activeSessionId) void loadBoard(activeSessionId);
  }, [activeSessionId]);

  if (!session) return <p>{t('common:loading')}</p>;

  return (
    <div className="board-page">
      <div className="session-heading">
        <h2 className="session-title">{session.title || t(`template.${session.template}`)}</h2>
        <SessionExportMenu workshopId={workshopId} sessionId={session.id} />
      </div>
      <Board sessionId={session.id} workshopId={workshopId} groupIds={groupIds} />
    </div>
  );
}

function Board({ sessionId, workshopId, groupIds }: { sessionId: string; workshopId: string; groupIds: string[] }) {
  const { t } = useTranslation('board');
  const columns = useBoardColumns(sessionId, groupIds);
  const { shown, contextProps } = useBoardDrag(columns);
  const inboxCards = shown[INBOX] ?? [];

  return (
    <DndContext {...contextProps}>
      <p className="hint">{t('dragHint')}</p>
      <div className="board" role="list" aria-label={t('groups')}>
        {inboxCards.length > 0 && <Column sessionId={sessionId} groupId={null} cardIds={inboxCards} />}
        {groupIds.map((groupId) => (
          <Column key={groupId} sessionId={sessionId} groupId={groupId} cardIds={shown[groupId] ?? []} />
        ))}
        <AddGroupForm workshopId={workshopId} />
      </div>
      {groupIds.length === 0 && <p className="empty">{t('noGroups')}</p>}
    </DndContext>
  );
}
