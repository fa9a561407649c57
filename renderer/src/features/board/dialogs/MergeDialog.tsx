import { useTranslation } from 'react-i18next';
import { TITLE_MAX } from '#shared/schemas.ts';
import { mergeCards } from '../../../state/cluster-actions.ts';
import { getState } from '../../../state/store.ts';
import { clearSelection, setBoardUi, useBoardUi } from '../ui-state.ts';
import { Modal } from '../../shell/Modal.tsx';

/** Names the cluster that duplicates are merged into (the first card's words, to start with). */
export function MergeDialog({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('board');
  const ids = useBoardUi((s) => s.merging);
  if (!ids) return null;
  const cards = ids.map((id) => getState().cards[id]).filter((c) => c !== undefined);
  const close = () => setBoardUi({ merging: null });
  return (
    <Modal title={t('mergeDialog.title', { count: cards.length })} onClose={close}>
      <form
        className="form-grid"
        onSubmit={async (e) => {
          e.preventDefault();
          const title = String(new FormData(e.currentTarget).get('title') ?? '');
          close();
          if (await mergeCards(sessionId, ids, title)) clearSelection();
        }}
      >
        <ul className="merge-list">
          {cards.map((c) => (
            <li key={c!.id}>{c!.text}</li>
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
            {t('commands.merge')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
