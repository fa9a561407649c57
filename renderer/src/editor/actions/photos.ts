import type { PhotoInfo } from '#shared/photos.ts';
import { keyAfter } from '#shared/ordering.ts';
import { call } from '../../api/client.ts';
import { fileToBase64 } from '../../files.ts';
import { i18next } from '../../i18n/index.ts';
import { ask } from '../ask.ts';
import { notifyError } from '../notices.ts';
import { workshopPhotos } from '../paperwork.ts';
import { run, type MutationFactory } from '../runner.ts';
import { getState, tables } from '../store.ts';
import { changeFields } from './field-change.ts';

/**
 * Documentation photos of a session or of the whole meeting: added from the laptop's files,
 * captioned, reordered, shown full size, deleted and brought back. Each change is one undo step.
 */

export async function loadPhotos(workshopId: string): Promise<void> {
  const photos = await ask('photos.list', { workshopId });
  if (photos) tables.photos.replace(photos, (p) => p.workshopId === workshopId);
}

/**
 * Adds the chosen files one after another (each is downscaled in the core), saying how far it
 * got. One undo step takes them all away again; a file the core refuses is said and skipped.
 * Resolves with the photos added.
 */
export function addPhotos(target: { workshopId: string; sessionId: string | null }, files: readonly File[], options: { keepOriginal: boolean; onProgress(done: number): void }) {
  const ids = files.map(() => crypto.randomUUID());
  return run<PhotoInfo[]>(() => ({
    label: 'addPhotos',
    save: async () => {
      const added: PhotoInfo[] = [];
      let refusal: unknown = null;
      for (const [i, file] of files.entries()) {
        try {
          const data = await fileToBase64(file);
          added.push(await call('photos.add', { ...target, id: ids[i]!, fileName: file.name.slice(0, 255), data, keepOriginal: options.keepOriginal }));
        } catch (error) {
          // Each refusal is said once: the last one by the runner when nothing was added.
          if (refusal !== null) notifyError(refusal);
          refusal = error;
        }
        options.onProgress(i + 1);
      }
      if (added.length === 0) throw refusal;
      if (refusal !== null) notifyError(refusal);
      return added;
    },
    reconcile: (added) => tables.photos.accept(added),
    inverse: (added) => presence(added.map((p) => p.id), false, 'addPhotos'),
  }));
}

export function setCaption(id: string, caption: string) {
  // Shown at once: Enter and then leaving the box save once.
  return run(changeFields({ label: 'captionPhoto', table: tables.photos, key: id, patch: { caption: caption.trim() }, optimistic: true, save: (patch) => call('photos.update', { id, ...patch }) }));
}

/** Puts a photo right after another of its list (or first); shown at once, undone by putting it back. */
export function movePhoto(id: string, afterId: string | null) {
  return run(photoMove(id, afterId));
}

function photoMove(id: string, afterId: string | null): MutationFactory<PhotoInfo> {
  return () => {
    const photo = tables.photos.get(id);
    if (!photo || photo.deletedAt) return null;
    const list = listOf(photo);
    const previous = list[list.findIndex((p) => p.id === id) - 1]?.id ?? null;
    const siblings = list.filter((p) => p.id !== id);
    // A neighbour gone meanwhile (deleted in another window): nothing to place it after.
    if (previous === afterId || (afterId !== null && !siblings.some((p) => p.id === afterId))) return null;
    const moved = { ...photo, position: keyAfter(siblings, afterId) };
    return {
      label: 'movePhoto',
      preview: (draft) => draft.show(tables.photos, [moved]),
      save: () => call('photos.update', { id, position: moved.position }),
      reconcile: (saved) => tables.photos.accept([saved]),
      inverse: () => photoMove(id, previous),
    };
  };
}

/** The photos shown in the same list as this one: the same session's, or the meeting's. */
function listOf(photo: PhotoInfo): PhotoInfo[] {
  return workshopPhotos(getState(), photo.workshopId).filter((p) => p.sessionId === photo.sessionId);
}

/** Deletes photos at once, with "Urungkan" in the notice to bring them back as they were. */
export function deletePhotos(ids: readonly string[]) {
  return run(presence(ids, false, 'deletePhoto'), { notice: (photos) => i18next.t('documentation:deleted', { count: photos.length }) });
}

function presence(ids: readonly string[], present: boolean, label: 'addPhotos' | 'deletePhoto'): MutationFactory<PhotoInfo[]> {
  return () => {
    const shown = ids.flatMap((id) => tables.photos.get(id) ?? []);
    const deletedAt = present ? null : new Date().toISOString();
    return {
      label,
      preview: (draft) => draft.show(tables.photos, shown.map((p) => ({ ...p, deletedAt }))),
      save: () => call(present ? 'photos.restore' : 'photos.delete', { ids: [...ids] }),
      reconcile: (photos) => tables.photos.accept(photos),
      inverse: () => presence(ids, !present, label),
    };
  };
}

/** A photo's stored image (at most 1600 px) as a `data:` URL, to show it full size. */
export async function photoImage(id: string): Promise<string | undefined> {
  const file = await ask('photos.image', { id });
  return file && `data:${file.mimeType};base64,${file.data}`;
}
