import { useTranslation } from 'react-i18next';
import { command } from '../../commands/index.ts';
import { KeyHint } from '../../commands/KeyHint.tsx';
import { useCommand } from '../../commands/useCommand.ts';
import { useHistory } from '../../editor/history.ts';
import { Icon } from '../board/Icon.tsx';

export function UndoButtons() {
  const { t } = useTranslation();
  const run = useCommand();
  const canUndo = useHistory((s) => s.past.length > 0);
  const canRedo = useHistory((s) => s.future.length > 0);
  const keys = (id: 'undo' | 'redo') => command(id).keys ?? [];
  return (
    <div className="undo-buttons">
      <button type="button" disabled={!canUndo} onClick={() => void run('undo')} title={keys('undo').join(', ')}>
        <Icon name="undo" /> {t('undo')} <KeyHint keys={keys('undo').slice(0, 1)} />
      </button>
      <button type="button" disabled={!canRedo} onClick={() => void run('redo')} title={keys('redo').join(', ')}>
        <Icon name="redo" /> {t('redo')}
      </button>
    </div>
  );
}
