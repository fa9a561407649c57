import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoInfo } from '#shared/photos.ts';
import { deletePhotos } from '../../editor/actions/photos.ts';
import { neighbourAfterRemoval, useFocusRequests } from '../paperwork/use-focus-requests.ts';
import { PhotoList } from './PhotoList.tsx';
import { PhotoPicker } from './PhotoPicker.tsx';
import { PhotoViewer } from './PhotoViewer.tsx';

/**
 * One list of photos (the meeting's or a session's): add, caption, reorder, view full size,
 * delete. The keyboard never falls off the page: a deleted photo hands the focus to the next
 * one (or to "Tambah foto"), and the full-size view gives it back to the photo it showed.
 */
export function PhotoSection({ workshopId, sessionId, owner, photos }: { workshopId: string; sessionId: string | null; owner: string; photos: PhotoInfo[] }) {
  const { t } = useTranslation('documentation');
  const focus = useFocusRequests();
  const [viewing, setViewing] = useState<string | null>(null);
  const viewed = photos.findIndex((p) => p.id === viewing);

  function remove(index: number) {
    focus.move(neighbourAfterRemoval(photos, index, (p) => `delete:${p.id}`, 'add'));
    void deletePhotos([photos[index]!.id]);
  }

  function closeViewer() {
    if (viewing) focus.move(`view:${photos[viewed]?.id ?? viewing}`);
    setViewing(null);
  }

  return (
    <>
      <PhotoPicker workshopId={workshopId} sessionId={sessionId} label={t('addPhotosLabel', { owner })} inputRef={focus.ref('add')} />
      <PhotoList photos={photos} focusRef={focus.ref} onView={(photo) => setViewing(photo.id)} onDelete={remove} />
      {viewed >= 0 && <PhotoViewer photos={photos} index={viewed} onShow={(photo) => setViewing(photo.id)} onClose={closeViewer} />}
    </>
  );
}
