import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';
import { command } from '../commands/index.ts';
import { KeyHint } from '../commands/KeyHint.tsx';
import { commandContext } from '../commands/useBoardKeys.ts';
import { clearSelection, setBoardUi, useBoardUi } from '../ui-state.ts';

/** "3 kartu dipilih": move them, merge them, delete them, or let go. */
export function SelectionBar({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const selection = useBoardUi((s) => s.selection);
  const locked = session.lockedAt !== null;
  const run = (id: 'merge' | 'delete') => {
    const ctx = commandContext(session.id, null);
    const cmd = command(id);
    if (ctx && cmd.scope !== 'global') void cmd.perform?.(ctx);
  };
  return (
    <div className="bar bar-selection" role="region" aria-label={t('selectionLabel')}>
      <strong>{t('selected', { count: selection.length })}</strong>
      {!locked && (
        <>
          <button type="button" onClick={() => setBoardUi({ menu: { cardId: selection[0]!, view: 'move' } })}>
            {t('commands.moveTo')}
          </button>
          <button type="button" disabled={selection.length < 2} onClick={() => run('merge')}>
            {t('commands.merge')} <KeyHint keys={['M']} />
          </button>
          <button type="button" onClick={() => run('delete')}>
            {t('commands.delete')}
          </button>
        </>
      )}
      <button type="button" onClick={clearSelection}>
        {t('commands.clear')} <KeyHint keys={['Escape']} />
      </button>
      <span className="muted">{t('selectHint')}</span>
    </div>
  );
}
