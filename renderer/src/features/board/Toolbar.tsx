import { useTranslation } from 'react-i18next';
import type { BoardLayout, Session } from '#shared/model.ts';
import { command, type CommandId } from '../../commands/index.ts';
import { useCommand } from '../../commands/useCommand.ts';
import { useBoard, useBoardUi, useEditor } from '../../editor/board/context.tsx';
import { useFocusRequest } from '../../editor/board/use-focus-request.ts';
import { DoorToggle } from '../door/DoorToggle.tsx';
import { FilterMenu } from './filters/FilterMenu.tsx';
import { TimerControl } from './timer/TimerControl.tsx';

const LAYOUTS: Array<{ layout: BoardLayout; command: CommandId }> = [
  { layout: 'groups', command: 'layoutGroups' },
  { layout: 'grid', command: 'layoutGrid' },
  { layout: 'kinds', command: 'layoutKinds' },
];

/** The board's tools; every button runs a registered command and shows its shortcut. */
export function Toolbar({ session }: { session: Session }) {
  const { t } = useTranslation(['board', 'commands']);
  const editor = useEditor();
  const run = useCommand();
  const filters = useBoardUi((s) => s.filters);
  const panel = useBoardUi((s) => s.panel);
  const voteOpen = useBoard((s) => Object.values(s.voteRounds).some((r) => r.closedAt === null && r.deletedAt === null));
  const locked = session.lockedAt !== null;
  const title = (id: CommandId) => [t(`commands:commands.${id}`), command(id).keys?.[0]].filter(Boolean).join(' · ');
  // Leaving projector mode and closing the help come back here.
  const projectorRef = useFocusRequest({ kind: 'tool', name: 'projector' });
  const helpRef = useFocusRequest({ kind: 'tool', name: 'help' });
  const setText = (text: string) => editor.setUi((ui) => ({ filters: { ...ui.filters, text } }));

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <input
        id="board-search"
        type="search"
        className="search"
        value={filters.text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('commands:commands.search')}
        title={title('search')}
        ref={useFocusRequest({ kind: 'search' })}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setText('');
        }}
      />
      <FilterMenu session={session} />
      <div className="segmented" role="group" aria-label={t('layout')}>
        {LAYOUTS.map(({ layout, command: id }) => (
          <button key={layout} type="button" aria-pressed={session.layout === layout} onClick={() => void run(id)} title={title(id)}>
            {t(`layouts.${layout}`)}
          </button>
        ))}
      </div>
      {session.template === 'blank' && (
        <button type="button" aria-pressed={panel === 'kinds'} onClick={() => void run('kindsPanel')}>
          {t('kindsEditor.open')}
        </button>
      )}
      <button type="button" className={voteOpen ? 'vote-live' : undefined} aria-pressed={panel === 'vote'} onClick={() => void run('votePanel')} title={title('votePanel')}>
        {t('commands:commands.votePanel')}
      </button>
      <TimerControl session={session} />
      <DoorToggle session={session} />
      <span className="toolbar-end">
        <button type="button" ref={projectorRef} onClick={() => void run('projector')} title={title('projector')}>
          {t('commands:commands.projector')}
        </button>
        <button type="button" onClick={() => void run(locked ? 'unlock' : 'lock')} title={t(locked ? 'commands:commands.unlock' : 'commands:commands.lock')}>
          {t(locked ? 'commands:commands.unlock' : 'commands:commands.lock')}
        </button>
        <button type="button" ref={helpRef} onClick={() => void run('help')} title={title('help')} aria-label={t('commands:commands.help')}>
          ?
        </button>
      </span>
    </div>
  );
}
