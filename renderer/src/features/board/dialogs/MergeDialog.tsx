import { useTranslation } from 'react-i18next';
import { TITLE_MAX } from '#shared/schemas.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoardUi, useEditor } from '../../../editor/board/context.tsx';
import { Modal } from '../../shell/Modal.tsx';

/** Names the cluster that duplicates are merged into (the first card's words, to start with). */
export function MergeDialog() {
  const { t } = useTranslation(['board', 'commands']);
  const editor = useEditor();
  const run = useCommand();
  const ids = useBoardUi((s) => s.merging);
  if (!ids) return null;
  const cards = ids.flatMap((id) => editor.liveCard(id) ?? []);
  const close = () => {
    editor.setUi({ merging: null });
    if (ids[0]) editor.focusOn({ kind: 'card', id: ids[0] });
  };
  return (
    <Modal title={t('mergeDialog.title', { count: cards.length })} onClose={close}>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          const title = String(new FormData(e.currentTarget).get('title') ?? '');
          void run('mergeCards', { ids, title });
          if (ids[0]) editor.focusOn({ kind: 'card', id: ids[0] });
        }}
      >
        <ul className="merge-list">
          {cards.map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ul>
        <label>
          {t('mergeDialog.name')}
          <input name="title" defaultValue={cards[0]?.text.slice(0, TITLE_MAX) ?? ''} maxLength={TITLE_MAX} autoFocus required />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary">
            {t('commands:commands.merge')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
