import { useTranslation } from 'react-i18next';
import { useUndo } from '../../state/undo.ts';
import { command } from '../board/commands/index.ts';
import { KeyHint } from '../board/commands/KeyHint.tsx';
import { Icon } from '../board/Icon.tsx';
import { runUndo } from './history.ts';

export function UndoButtons() {
  const { t } = useTranslation();
  const canUndo = useUndo((s) => s.past.length > 0);
  const canRedo = useUndo((s) => s.future.length > 0);
  return (
    <div className="undo-buttons">
      <button type="button" disabled={!canUndo} onClick={() => void runUndo('undo')} title={command('undo').keys.join(', ')}>
        <Icon name="undo" /> {t('undo')} <KeyHint keys={command('undo').keys.slice(0, 1)} />
      </button>
      <button type="button" disabled={!canRedo} onClick={() => void runUndo('redo')} title={command('redo').keys.join(', ')}>
        <Icon name="redo" /> {t('redo')}
      </button>
    </div>
  );
}
