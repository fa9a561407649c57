import { useTranslation } from 'react-i18next';
import type { BoardLayout, Session } from '#shared/model.ts';
import { command, type CommandId } from './commands/index.ts';
import { commandContext } from './commands/useBoardKeys.ts';
import { DoorToggle } from '../door/DoorToggle.tsx';
import { FilterMenu } from './filters/FilterMenu.tsx';
import { TimerControl } from './timer/TimerControl.tsx';
import { setBoardUi, useBoardUi } from './ui-state.ts';
import { useOpenRound } from './vote/rounds.ts';

const LAYOUTS: Array<{ layout: BoardLayout; command: CommandId }> = [
  { layout: 'groups', command: 'layoutGroups' },
  { layout: 'grid', command: 'layoutGrid' },
  { layout: 'kinds', command: 'layoutKinds' },
];

/** The board's tools; every button runs a registered command and shows its shortcut. */
export function Toolbar({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const filters = useBoardUi((s) => s.filters);
  const panel = useBoardUi((s) => s.panel);
  const voteOpen = useOpenRound(session.id) !== null;
  const locked = session.lockedAt !== null;
  const run = (id: CommandId) => {
    const cmd = command(id);
    const ctx = commandContext(session.id, null);
    if (cmd.scope === 'global') void cmd.perform();
    else if (ctx) void cmd.perform?.(ctx);
  };
  const title = (id: CommandId) => [t(`commands.${id}`), command(id).keys[0]].filter(Boolean).join(' · ');

  return (
    <div className="toolbar" role="toolbar" aria-label={t('toolbar')}>
      <input
        id="board-search"
        type="search"
        className="search"
        value={filters.text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('commands.search')}
        title={title('search')}
        onChange={(e) => setBoardUi((s) => ({ filters: { ...s.filters, text: e.target.value } }))}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setBoardUi((s) => ({ filters: { ...s.filters, text: '' } }));
        }}
      />
      <FilterMenu session={session} />
      <div className="segmented" role="group" aria-label={t('layout')}>
        {LAYOUTS.map(({ layout, command: id }) => (
          <button key={layout} type="button" aria-pressed={session.layout === layout} onClick={() => run(id)} title={title(id)}>
            {t(`layouts.${layout}`)}
          </button>
        ))}
      </div>
      {session.template === 'blank' && (
        <button type="button" aria-pressed={panel === 'kinds'} onClick={() => setBoardUi({ panel: panel === 'kinds' ? null : 'kinds' })}>
          {t('kindsEditor.open')}
        </button>
      )}
      <button type="button" className={voteOpen ? 'vote-live' : undefined} aria-pressed={panel === 'vote'} onClick={() => run('votePanel')} title={title('votePanel')}>
        {t('commands.votePanel')}
      </button>
      <TimerControl session={session} />
      <DoorToggle session={session} />
      <span className="toolbar-end">
        <button type="button" onClick={() => run('projector')} title={title('projector')}>
          {t('commands.projector')}
        </button>
        <button type="button" onClick={() => run(locked ? 'unlock' : 'lock')} title={t(locked ? 'commands.unlock' : 'commands.lock')}>
          {t(locked ? 'commands.unlock' : 'commands.lock')}
        </button>
        <button type="button" onClick={() => run('help')} title={title('help')} aria-label={t('commands.help')}>
          ?
        </button>
      </span>
    </div>
  );
}
