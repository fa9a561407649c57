import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';
import { KeyHint } from '../../../commands/KeyHint.tsx';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoardUi, useEditor } from '../../../editor/board/context.tsx';

/** "3 kartu dipilih": move them, merge them, delete them, or let go. */
export function SelectionBar({ session }: { session: Session }) {
  const { t } = useTranslation(['board', 'commands']);
  const editor = useEditor();
  const run = useCommand();
  const selection = useBoardUi((s) => s.selection);
  const locked = session.lockedAt !== null;
  // The selection's commands run on its first card in board order (a card command acts on the selection it is part of).
  const onSelection = { cardId: editor.liveCards().find((c) => selection.includes(c.id))?.id ?? null };
  return (
    <div className="bar bar-selection" role="region" aria-label={t('selectionLabel')}>
      <strong>{t('selected', { count: selection.length })}</strong>
      {!locked && (
        <>
          <button type="button" onClick={() => void run('moveTo', undefined, onSelection)}>
            {t('commands:commands.moveTo')}
          </button>
          <button type="button" disabled={selection.length < 2} onClick={() => void run('merge', undefined, onSelection)}>
            {t('commands:commands.merge')} <KeyHint keys={['M']} />
          </button>
          <button type="button" onClick={() => void run('delete', undefined, onSelection)}>
            {t('commands:commands.delete')}
          </button>
        </>
      )}
      <button type="button" onClick={() => void run('clear')}>
        {t('commands:commands.clear')} <KeyHint keys={['Escape']} />
      </button>
      <span className="muted">{t('selectHint')}</span>
    </div>
  );
}
