import { useTranslation } from 'react-i18next';
import { useUndo } from '../../state/undo.ts';
import { runUndo } from './useUndoShortcuts.ts';

export function UndoButtons() {
  const { t } = useTranslation();
  const canUndo = useUndo((s) => s.past.length > 0);
  const canRedo = useUndo((s) => s.future.length > 0);
  return (
    <div className="undo-buttons">
      <button type="button" disabled={!canUndo} onClick={() => void runUndo('undo')} title="Ctrl+Z">
        ↶ {t('undo')}
      </button>
      <button type="button" disabled={!canRedo} onClick={() => void runUndo('redo')} title="Ctrl+Shift+Z">
        ↷ {t('redo')}
      </button>
    </div>
  );
}
