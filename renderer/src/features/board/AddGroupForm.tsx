import { useTranslation } from 'react-i18next';
import { useCommand } from '../../commands/useCommand.ts';
import { useNameEntry } from '../shell/useNameEntry.ts';

/**
 * A shortcut to add a group without leaving the board (the Groups tab has the full form, with
 * regions); both add it the same way. It sits above the columns, not as a column, so six
 * kabupaten and the inbox fit a 1024-pixel projector side by side.
 */
export function AddGroupForm() {
  const { t } = useTranslation('board');
  const run = useCommand();
  const entry = useNameEntry((name) => run('addGroup', { name }));
  return (
    <form className="add-group" onSubmit={entry.submit}>
      <label>
        {t('addGroup')}
        <input value={entry.text} onChange={(e) => entry.setText(e.target.value)} placeholder={t('addGroupPlaceholder')} maxLength={120} />
      </label>
    </form>
  );
}
