import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_TEXT_MAX } from '#shared/schemas.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard } from '../../../editor/board/context.tsx';

/** Edits a card's text in place: Enter keeps it, Shift+Enter breaks the line, Esc cancels. */
export function CardEditor({ id }: { id: string }) {
  const { t } = useTranslation('board');
  const run = useCommand();
  const initial = useBoard((s) => s.cards[id]?.text ?? '');
  const [text, setText] = useState(initial);
  // Enter or Esc ends the edit; the blur that follows when the field goes away must not end it again.
  const ended = useRef(false);
  const end = (value: string | null) => {
    if (ended.current) return;
    ended.current = true;
    void run('saveEdit', { text: value }, { cardId: id });
  };
  return (
    <textarea
      className="card-editor"
      aria-label={t('editCardLabel')}
      value={text}
      maxLength={CARD_TEXT_MAX}
      autoFocus
      rows={3}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => end(text)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          end(null);
        } else if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
          e.preventDefault();
          end(text);
        }
      }}
    />
  );
}
