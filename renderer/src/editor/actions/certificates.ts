import type { MethodInput } from '#shared/api.ts';
import type { CertificateSettings } from '#shared/certificates.ts';
import { call } from '../../api/client.ts';
import { fileToBase64 } from '../../files.ts';
import { ask } from '../ask.ts';
import { run, type MutationFactory } from '../runner.ts';
import { tables } from '../store.ts';
import { changeFields } from './field-change.ts';

/** Who signs the certificates, their logo and numbering (forms: they wait for the core; each undoes). */

export async function loadCertificateSettings(workshopId: string): Promise<void> {
  const settings = await ask('certificates.settings', { workshopId });
  if (settings) tables.certificateSettings.accept([settings]);
}

export function saveCertificateSettings({ workshopId, ...fields }: MethodInput<'certificates.saveSettings'>) {
  return run(
    changeFields({ label: 'signatory', table: tables.certificateSettings, key: workshopId, patch: fields, save: (patch) => call('certificates.saveSettings', { workshopId, ...patch }) }),
  );
}

/** A new logo from a file, or none (`null`); undone by putting the one before back. */
export async function setLogo(workshopId: string, file: File | null) {
  return run(logoChange(workshopId, file ? await fileToBase64(file) : null));
}

function logoChange(workshopId: string, data: string | null): MutationFactory<CertificateSettings> {
  return () => {
    const before = tables.certificateSettings.get(workshopId);
    if (!before || (data === null && before.logo === null)) return null;
    // The logo shown is the stored one (already at most 600 px): it goes back as it is.
    const previous = before.logo === null ? null : before.logo.slice(before.logo.indexOf(',') + 1);
    return {
      label: 'logo',
      save: () => call('certificates.setLogo', { workshopId, data }),
      reconcile: (settings) => tables.certificateSettings.accept([settings]),
      inverse: () => logoChange(workshopId, previous),
    };
  };
}
