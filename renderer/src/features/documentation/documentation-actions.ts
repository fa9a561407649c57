import type { AppEvent } from '#shared/events.ts';
import { compareKeys } from '#shared/ordering.ts';
import type { PhotoInfo, SessionMinutes } from '#shared/photos.ts';
import { call } from '../../api/client.ts';
import { fileToBase64 } from '../../files.ts';
import { attempt, useLive } from '../paperwork/useLive.ts';

/**
 * Photos and minutes: thin calls to the core; the pages follow the core's events, so a photo
 * added on the documentation page shows at once in the board's strip, and the other way round.
 */
export function usePhotos(workshopId: string): PhotoInfo[] | null {
  return useLive(
    `photos:${workshopId}`,
    () => call('photos.list', { workshopId }),
    (photos, event: AppEvent) => {
      if (event.type === 'photos.saved' && event.workshopId === workshopId) {
        const changed = new Map(event.photos.map((p) => [p.id, p]));
        return [...photos.filter((p) => !changed.has(p.id)), ...event.photos.filter((p) => p.deletedAt === null)].sort(compareKeys);
      }
      return photos;
    },
  );
}

export function useMinutes(workshopId: string): Record<string, SessionMinutes> | null {
  return useLive(
    `minutes:${workshopId}`,
    async () => Object.fromEntries((await call('minutes.list', { workshopId })).map((m) => [m.sessionId, m])),
    (minutes, event: AppEvent) => (event.type === 'minutes.saved' && event.minutes.workshopId === workshopId ? { ...minutes, [event.minutes.sessionId]: event.minutes } : minutes),
  );
}

/** Adds the chosen files one after another (each is downscaled in the core), reporting how far it got. */
export async function addPhotos(
  target: { workshopId: string; sessionId: string | null },
  files: File[],
  options: { keepOriginal: boolean; onProgress: (done: number) => void },
): Promise<number> {
  let added = 0;
  for (const [i, file] of files.entries()) {
    const data = await fileToBase64(file);
    if (await attempt(() => call('photos.add', { ...target, fileName: file.name.slice(0, 255), data, keepOriginal: options.keepOriginal }))) added++;
    options.onProgress(i + 1);
  }
  return added;
}

export const setCaption = (id: string, caption: string) => attempt(() => call('photos.update', { id, caption }));
export const deletePhoto = (id: string) => attempt(() => call('photos.delete', { ids: [id] }));
export const saveMinutes = (sessionId: string, text: string) => attempt(() => call('minutes.save', { sessionId, text }));
