import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteCard, editCard } from '../../state/card-actions.ts';
import { useCard } from '../../state/selectors.ts';

/** One card: drag it (mouse, touch, or Space + arrows), Enter to edit, Delete to remove. */
export const CardItem = memo(function CardItem({ id }: { id: string }) {
  const { t } = useTranslation('board');
  const card = useCard(id);
  const [editing, setEditing] = useState(false);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: editing });

  if (!card) return null;
  const style = { transform: CSS.Translate.toString(transform), transition };

  if (editing) {
    return (
      <li ref={setNodeRef} style={style} className="card card-editing">
        <CardEditor
          initial={card.text}
          label={t('editCardLabel')}
          onDone={(text) => {
            setEditing(false);
            if (text !== null) void editCard(id, text);
          }}
        />
      </li>
    );
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    listeners?.onKeyDown?.(event);
    if (event.defaultPrevented || event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setEditing(true);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      void deleteCard(id);
    }
  }

  return (
    <li ref={setNodeRef} style={style} className={`card card-${card.kind}${isDragging ? ' card-dragging' : ''}`} data-testid="card">
      {/* The card body is the drag handle; the tools sit beside it, never inside a button. */}
      <div className="card-body" {...attributes} {...listeners} onKeyDown={onKeyDown} aria-roledescription={t(`kind.${card.kind}`)}>
        <p className="card-text">{card.text}</p>
      </div>
      <div className="card-tools">
        <button type="button" onClick={() => setEditing(true)} aria-label={t('editCard')} title={t('editCard')}>
          ✎
        </button>
        <button type="button" onClick={() => void deleteCard(id)} aria-label={t('deleteCard')} title={t('deleteCard')}>
          🗑
        </button>
      </div>
    </li>
  );
});

function CardEditor({ initial, label, onDone }: { initial: string; label: string; onDone: (text: string | null) => void }) {
  const [text, setText] = useState(initial);
  return (
    <textarea
      className="card-editor"
      aria-label={label}
      value={text}
      autoFocus
      rows={3}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => onDone(text)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          onDone(text);
        }
      }}
    />
  );
}
