import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { CARD_KINDS, STRATEGY_TAGS, type Card, type StrategyTag } from '#shared/model.ts';
import { CARD_TEXT_MAX, FIELD_MAX } from '#shared/schemas.ts';
import { builtInKind, customKindEntry, kindOfCard } from '#shared/board/kinds.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import type { CardDetails } from '../../../editor/actions/cards.ts';
import { useBoard, useBoardUi, useEditor } from '../../../editor/board/context.tsx';
import { useStore } from '../../../editor/store.ts';
import { useKindLabel } from '../model/useKindLabel.ts';
import { Modal } from '../../shell/Modal.tsx';

/** Everything about one card: text, kind, strategy, author, and for a plan who, by when, indicator. */
export function CardDetailsDialog() {
  const id = useBoardUi((s) => s.detailsOf);
  const card = useBoard((s) => (id ? s.cards[id] : undefined));
  if (!card) return null;
  return <DetailsForm key={card.id} card={card} />;
}

function DetailsForm({ card }: { card: Card }) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const editor = useEditor();
  const run = useCommand();
  const locked = useStore((s) => s.sessions[card.sessionId]?.lockedAt != null);
  const ownKinds = useBoard(useShallow((s) => Object.values(s.customKinds).filter((k) => k.deletedAt === null)));
  const kinds = [...CARD_KINDS.map(builtInKind), ...ownKinds.map(customKindEntry)];
  const current = kindOfCard(card, Object.fromEntries(ownKinds.map((k) => [k.id, k])));
  const [kindKey, setKindKey] = useState(current.key);
  const chosen = kinds.find((k) => k.key === kindKey) ?? current;
  const close = () => {
    editor.setUi({ detailsOf: null });
    editor.focusOn({ kind: 'card', id: card.id });
  };

  return (
    <Modal title={t('details.title')} onClose={close} className="details-dialog">
      <form
        className="form-grid"
        onSubmit={async (e) => {
          e.preventDefault();
          const data = new FormData(e.currentTarget);
          const field = (name: string) => String(data.get(name) ?? '');
          const kind = chosen;
          const patch: CardDetails = {
            text: field('text'),
            kind: kind.kind,
            customKindId: kind.customKindId,
            author: field('author'),
            tag: kind.kind === 'achievement' ? ((field('tag') || null) as StrategyTag | null) : card.tag,
          };
          if (kind.kind === 'action') Object.assign(patch, { who: field('who'), byWhen: field('byWhen'), indicator: field('indicator') });
          await run('saveDetails', { details: patch }, { cardId: card.id });
        }}
      >
        <fieldset disabled={locked} className="form-grid">
          <label>
            {t('fields.text')}
            <textarea name="text" defaultValue={card.text} maxLength={CARD_TEXT_MAX} rows={3} required autoFocus />
          </label>
          <label>
            {t('fields.kind')}
            <select name="kind" value={kindKey} onChange={(e) => setKindKey(e.target.value)}>
              {kinds.map((k) => (
                <option key={k.key} value={k.key}>
                  {kindLabel(k)}
                </option>
              ))}
            </select>
          </label>
          {chosen.kind === 'achievement' && (
            <label>
              {t('fields.tag')}
              <select name="tag" defaultValue={card.tag ?? ''}>
                <option value="">{t('noTag')}</option>
                {STRATEGY_TAGS.map((tag) => (
                  <option key={tag} value={tag}>
                    {t(`tag.${tag}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('fields.author')}
            <input name="author" defaultValue={card.author ?? ''} maxLength={FIELD_MAX} />
          </label>
          {chosen.kind === 'action' &&
            (['who', 'byWhen', 'indicator'] as const).map((field) => (
              <label key={field}>
                {t(`fields.${field}`)}
                <input name={field} defaultValue={card[field] ?? ''} maxLength={FIELD_MAX} placeholder={t(`fieldHints.${field}`)} />
              </label>
            ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
          {!locked && (
            <button type="submit" className="primary">
              {t('details.save')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
