import { closestCenter, DndContext, type Announcements } from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhotoInfo } from '#shared/photos.ts';
import { movePhoto } from '../../editor/actions/photos.ts';
import { useSortableList } from '../shell/useSortableList.ts';
import { PhotoItem } from './PhotoItem.tsx';

interface PhotoListProps {
  photos: PhotoInfo[];
  focusRef(key: string): (element: HTMLElement | null) => void;
  onView(photo: PhotoInfo): void;
  onDelete(index: number): void;
}

/**
 * Thumbnails in the order the report prints them. A photo is moved by its handle: with the mouse,
 * or with Space, the arrow keys and Space again; a screen reader hears where it is at each step.
 */
export function PhotoList({ photos, focusRef, onView, onDelete }: PhotoListProps) {
  const { t } = useTranslation('documentation');
  const ids = useMemo(() => photos.map((p) => p.id), [photos]);
  const { sensors, onDragEnd } = useSortableList(ids, (id, afterId) => void movePhoto(id, afterId));

  const accessibility = useMemo(() => {
    const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
    const words = (id: string | number, at: string | number | undefined) => ({ n: position(id), position: position(at), total: ids.length });
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.pickedUp', words(active.id, active.id)),
      // Over itself means it has not moved yet: keep "picked up" audible.
      onDragOver: ({ active, over }) => (over && over.id !== active.id ? t('dnd.over', words(active.id, over.id)) : undefined),
      onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', words(active.id, over.id)) : undefined),
      onDragCancel: ({ active }) => t('dnd.cancelled', words(active.id, active.id)),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } };
  }, [ids, t]);

  if (photos.length === 0) return <p className="hint">{t('noPhotos')}</p>;
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility}>
      <SortableContext items={ids} strategy={rectSortingStrategy}>
        <ol className="photo-list">
          {photos.map((photo, i) => (
            <PhotoItem key={photo.id} photo={photo} n={i + 1} focusRef={focusRef} onView={() => onView(photo)} onDelete={() => onDelete(i)} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
