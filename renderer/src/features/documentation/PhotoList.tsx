import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoInfo } from '#shared/photos.ts';
import { CAPTION_MAX } from '#shared/photos.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { deletePhoto, setCaption } from './documentation-actions.ts';

/** Thumbnails with an editable caption (saved when the box is left) and a delete button each. */
export function PhotoList({ photos }: { photos: PhotoInfo[] }) {
  const { t } = useTranslation(['documentation', 'common']);
  const [deleting, setDeleting] = useState<PhotoInfo | null>(null);
  if (photos.length === 0) return <p className="hint">{t('noPhotos')}</p>;
  return (
    <>
      <ul className="photo-list">
        {photos.map((photo, i) => (
          <li key={photo.id}>
            <img src={photo.thumbnail} alt={photo.caption ? t('photoAlt', { n: i + 1, caption: photo.caption }) : t('photoAltEmpty', { n: i + 1 })} />
            <input
              key={photo.caption}
              aria-label={t('captionLabel', { n: i + 1 })}
              placeholder={t('caption')}
              defaultValue={photo.caption}
              maxLength={CAPTION_MAX}
              onBlur={(e) => {
                if (e.currentTarget.value.trim() !== photo.caption) void setCaption(photo.id, e.currentTarget.value);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
            />
            <button type="button" className="link-button" aria-label={t('deletePhotoLabel', { n: i + 1 })} onClick={() => setDeleting(photo)}>
              {t('deletePhoto')}
            </button>
          </li>
        ))}
      </ul>
      {deleting && (
        <ConfirmDialog
          title={t('deletePhoto')}
          confirmLabel={t('deletePhoto')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => {
            void deletePhoto(deleting.id);
            setDeleting(null);
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('confirmDelete')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
