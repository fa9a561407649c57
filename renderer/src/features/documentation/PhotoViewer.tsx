import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoInfo } from '#shared/photos.ts';
import { photoImage } from '../../editor/actions/photos.ts';
import { Modal } from '../shell/Modal.tsx';

/**
 * A photo full size (as stored: at most 1600 px), with its caption. ← and → (or the buttons) go to
 * the one before or after in the same list; Esc or "Tutup" closes and the focus goes back to it.
 */
export function PhotoViewer({ photos, index, onShow, onClose }: { photos: PhotoInfo[]; index: number; onShow(photo: PhotoInfo): void; onClose(): void }) {
  const { t } = useTranslation(['documentation', 'common']);
  const photo = photos[index]!;
  const n = index + 1;
  const [image, setImage] = useState<{ id: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    void photoImage(photo.id).then((url) => live && url && setImage({ id: photo.id, url }));
    return () => {
      live = false;
    };
  }, [photo.id]);
  const go = (step: 1 | -1) => {
    const next = photos[index + step];
    if (next) onShow(next);
  };
  const alt = photo.caption ? t('photoAlt', { n, caption: photo.caption }) : t('photoAltEmpty', { n });
  return (
    <Modal title={t('viewerTitle', { n, total: photos.length })} onClose={onClose} className="photo-viewer">
      <div
        className="photo-viewer-body"
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
            e.preventDefault();
            go(e.key === 'ArrowLeft' ? -1 : 1);
          }
        }}
      >
        {/* The thumbnail stands in until the full image has come. */}
        <img src={image?.id === photo.id ? image.url : photo.thumbnail} alt={alt} width={photo.width} height={photo.height} />
        <p className="photo-viewer-caption">{photo.caption || t('noCaption')}</p>
        <div className="form-actions">
          <button type="button" onClick={() => go(-1)} disabled={index === 0}>
            {t('previous')}
          </button>
          <button type="button" onClick={() => go(1)} disabled={index === photos.length - 1}>
            {t('next')}
          </button>
          <button type="button" className="primary" onClick={onClose} autoFocus>
            {t('common:close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
