import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCard } from '../../state/card-actions.ts';

/** Type and press Enter: the card appears at once, is saved, and the field is ready for the next. */
export function AddCardInput({ sessionId, groupId, groupName }: { sessionId: string; groupId: string; groupName: string }) {
  const { t } = useTranslation('board');
  const [text, setText] = useState('');
  return (
    <input
      className="add-card"
      value={text}
      maxLength={1000}
      placeholder={t('addCardPlaceholder')}
      aria-label={t('addCardLabel', { group: groupName })}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        e.preventDefault();
        const value = text;
        setText('');
        void addCard(sessionId, groupId, value).then((saved) => {
          // Give the text back if the core refused it, so nothing typed is lost.
          if (!saved && value.trim()) setText((current) => current || value);
        });
      }}
    />
  );
}
