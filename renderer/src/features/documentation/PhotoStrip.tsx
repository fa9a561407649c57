import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { loadPhotos } from '../../editor/actions/photos.ts';
import { useWorkshopPhotos } from '../../editor/paperwork.ts';
import { PhotoPicker } from './PhotoPicker.tsx';

/** The session's photos as a strip on the board's session bar, with a way to add more. */
export function PhotoStrip({ workshopId, sessionId }: { workshopId: string; sessionId: string }) {
  const { t } = useTranslation('documentation');
  const photos = useWorkshopPhotos(workshopId).filter((p) => p.sessionId === sessionId);
  useEffect(() => void loadPhotos(workshopId), [workshopId]);
  return (
    <div className="photo-strip" role="group" aria-label={t('strip')}>
      {photos.length > 0 && (
        <Link href={`/workshops/${workshopId}/documentation`} className="photo-strip-thumbs" aria-label={`${t('strip')}: ${t('stripCount', { count: photos.length })}`}>
          {photos.slice(-5).map((photo) => (
            <img key={photo.id} src={photo.thumbnail} alt="" />
          ))}
        </Link>
      )}
      <PhotoPicker workshopId={workshopId} sessionId={sessionId} label={t('stripAdd')} withOriginalOption={false} />
    </div>
  );
}
