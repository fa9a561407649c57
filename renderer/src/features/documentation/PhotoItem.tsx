import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useTranslation } from 'react-i18next';
import { CAPTION_MAX, type PhotoInfo } from '#shared/photos.ts';
import { setCaption } from '../../editor/actions/photos.ts';
import { useDraft } from '../paperwork/use-draft.ts';

interface PhotoItemProps {
  photo: PhotoInfo;
  /** Its place in the list, 1-based: how the page names it ("Foto 2"). */
  n: number;
  focusRef(key: string): (element: HTMLElement | null) => void;
  onView(): void;
  onDelete(): void;
}

/** One photo: its handle to move it, the thumbnail that opens it full size, its caption and delete. */
export function PhotoItem({ photo, n, focusRef, onView, onDelete }: PhotoItemProps) {
  const { t } = useTranslation('documentation');
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: photo.id, attributes: { roleDescription: t('handleRole') } });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li ref={setNodeRef} style={style} className={isDragging ? 'dragging' : undefined} data-testid="photo">
      <button type="button" className="photo-view" ref={focusRef(`view:${photo.id}`)} onClick={onView} aria-label={t('viewLabel', { n })}>
        <img src={photo.thumbnail} alt={photo.caption ? t('photoAlt', { n, caption: photo.caption }) : t('photoAltEmpty', { n })} />
      </button>
      <Caption photo={photo} n={n} />
      <div className="photo-tools">
        <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('moveLabel', { n })}>
          ⠿ <span aria-hidden="true">{t('move')}</span>
        </button>
        <button type="button" className="link-button" ref={focusRef(`delete:${photo.id}`)} aria-label={t('deletePhotoLabel', { n })} onClick={onDelete}>
          {t('deletePhoto')}
        </button>
      </div>
    </li>
  );
}

/** The caption, saved with Enter or when the box is left (the focus stays); Escape gives the saved one back. */
function Caption({ photo, n }: { photo: PhotoInfo; n: number }) {
  const { t } = useTranslation('documentation');
  const [text, setText] = useDraft(photo.caption);
  const save = () => void setCaption(photo.id, text);
  return (
    <input
      aria-label={t('captionLabel', { n })}
      placeholder={t('caption')}
      value={text}
      maxLength={CAPTION_MAX}
      onChange={(e) => setText(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        }
        if (e.key === 'Escape') setText(photo.caption);
      }}
    />
  );
}
