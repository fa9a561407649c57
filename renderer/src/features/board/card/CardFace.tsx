import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '#shared/model.ts';
import { kindOfCard } from '#shared/board/kinds.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard, useCardPart, useEditor } from '../../../editor/board/context.tsx';
import { PhoneCardMarks } from '../../door/PhoneCardMarks.tsx';
import { Icon } from '../Icon.tsx';
import { useKindLabel } from '../model/useKindLabel.ts';
import { CardVotes } from '../vote/CardVotes.tsx';

/**
 * What a card shows: its kind (icon and word, never colour alone), strategy tag, text, the
 * action-plan fields and author. Memoised: it re-renders for its own card only, never because
 * a drag moved elsewhere on the board.
 */
export const CardFace = memo(function CardFace({ id }: { id: string }) {
  const { t } = useTranslation('board');
  const card = useCardPart(id, (s) => s.cards[id] ?? s.linkedCards[id]);
  const customKind = useCardPart(id, (s) => (card?.customKindId ? s.customKinds[card.customKindId] : undefined));
  const kindLabel = useKindLabel();
  if (!card) return null;
  const kind = kindOfCard(card, customKind ? { [customKind.id]: customKind } : {});
  return (
    <>
      <div className="card-meta">
        <span className="kind-chip">
          <Icon name={kind.icon} />
          {kindLabel(kind)}
        </span>
        {card.tag && <span className={`tag-chip tag-${card.tag}`}>{t(`tag.${card.tag}`)}</span>}
        <PhoneCardMarks card={card} />
      </div>
      <p className="card-text">{card.text}</p>
      {card.kind === 'action' && <PlanFields card={card} />}
      {card.author && <p className="card-author">{card.author}</p>}
    </>
  );
});

/** The controls under a card (its links, its votes): outside the drag handle, so they are buttons of their own. */
export const CardFooter = memo(function CardFooter({ id }: { id: string }) {
  const card = useCardPart(id, (s) => s.cards[id] ?? s.linkedCards[id]);
  if (!card) return null;
  return (
    <div className="card-footer">
      <LinkCount card={card} />
      <CardVotes card={card} />
    </div>
  );
});

function PlanFields({ card }: { card: Card }) {
  const { t } = useTranslation('board');
  const rows = [
    ['who', card.who],
    ['byWhen', card.byWhen],
    ['indicator', card.indicator],
  ] as const;
  if (rows.every(([, value]) => !value)) return null;
  return (
    <dl className="plan-fields">
      {rows.map(([field, value]) =>
        value ? (
          <div key={field}>
            <dt>{t(`fields.${field}`)}</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** How many cards this one is linked with; pressing it highlights the whole chain. */
function LinkCount({ card }: { card: Card }) {
  const { t } = useTranslation('board');
  const run = useCommand();
  const editor = useEditor();
  const count = useBoard(() => editor.linkCount(card.id));
  const active = useCardPart(card.id, (s) => s.ui.chainOf === card.id);
  if (count === 0) return null;
  return (
    <button
      type="button"
      className={`link-count${active ? ' active' : ''}`}
      aria-pressed={active}
      title={t('showChain')}
      aria-label={t('linkCount', { count })}
      onClick={(e) => {
        e.stopPropagation();
        void run('chain', undefined, { cardId: card.id });
      }}
    >
      <Icon name="link" />
      {count}
    </button>
  );
}
