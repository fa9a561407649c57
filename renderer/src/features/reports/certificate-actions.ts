import type { MethodInput } from '#shared/api.ts';
import type { CertificateSettings } from '#shared/certificates.ts';
import type { AppEvent } from '#shared/events.ts';
import { call } from '../../api/client.ts';
import { fileToBase64 } from '../../files.ts';
import { attempt, useLive } from '../paperwork/useLive.ts';

/** The certificates' signatory and logo: read from the core, kept current from its events. */
export function useCertificateSettings(workshopId: string): CertificateSettings | null {
  return useLive(
    `certificates:${workshopId}`,
    () => call('certificates.settings', { workshopId }),
    (settings, event: AppEvent) => (event.type === 'certificates.saved' && event.settings.workshopId === workshopId ? event.settings : settings),
  );
}

export const saveCertificateSettings = (input: MethodInput<'certificates.saveSettings'>) => attempt(() => call('certificates.saveSettings', input));
export const setLogo = async (workshopId: string, file: File | null) =>
  attempt(async () => call('certificates.setLogo', { workshopId, data: file ? await fileToBase64(file) : null }));
