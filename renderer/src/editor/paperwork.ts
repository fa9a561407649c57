import { useShallow } from 'zustand/react/shallow';
import type { AwardsBook } from '#shared/awards.ts';
import type { CertificateSettings } from '#shared/certificates.ts';
import { compareKeys } from '#shared/ordering.ts';
import type { PhotoInfo, SessionMinutes } from '#shared/photos.ts';
import { useStore, type AppState } from './store.ts';

/** What the paperwork pages read of the app store: photos, minutes, the awards book, certificate settings. */

/** A workshop's photos (deleted ones left out) in their order. */
export function workshopPhotos(state: AppState, workshopId: string): PhotoInfo[] {
  return Object.values(state.photos)
    .filter((p) => p.workshopId === workshopId && p.deletedAt === null)
    .sort(compareKeys);
}

export function useWorkshopPhotos(workshopId: string): PhotoInfo[] {
  return useStore(useShallow((s) => workshopPhotos(s, workshopId)));
}

/** A session's minutes; undefined when it has none (or they are not loaded yet). */
export function useSessionMinutes(sessionId: string): SessionMinutes | undefined {
  return useStore((s) => s.minutes[sessionId]);
}

/** A workshop's awards book; undefined until it is loaded. */
export function useAwardsBook(workshopId: string): AwardsBook | undefined {
  return useStore((s) => s.awardBooks[workshopId]);
}

/** A workshop's certificate settings; undefined until they are loaded. */
export function useCertificateSettings(workshopId: string): CertificateSettings | undefined {
  return useStore((s) => s.certificateSettings[workshopId]);
}
