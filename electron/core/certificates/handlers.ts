import { LOGO_MAX_SIDE } from '#shared/certificates.ts';
import type { certificateMethods } from '#shared/methods/certificates.ts';
import { write, type CoreContext } from '../context.ts';
import type { CertificateSettingsRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { processImage } from '../images/process.ts';
import { requireWorkshop } from '../paperwork/scope.ts';
import { loadCertificateRow, toCertificateSettings } from './settings.ts';

export const certificateHandlers: HandlerMap<keyof typeof certificateMethods> = {
  async 'certificates.settings'({ workshopId }, { db }) {
    await requireWorkshop(db, workshopId);
    return toCertificateSettings(await loadCertificateRow(db, workshopId));
  },

  async 'certificates.saveSettings'({ workshopId, ...fields }, ctx) {
    return saveSettings(ctx, workshopId, (row) => ({
      signatory_name: fields.signatoryName ?? row.signatory_name,
      signatory_nip: fields.signatoryNip?.replace(/\s+/g, ' ') ?? row.signatory_nip,
      signatory_position: fields.signatoryPosition ?? row.signatory_position,
      serial_prefix: fields.serialPrefix ?? row.serial_prefix,
    }));
  },

  async 'certificates.setLogo'({ workshopId, data }, ctx) {
    if (data === null) return saveSettings(ctx, workshopId, () => ({ logo: null, logo_type: null }));
    // A logo keeps its format: a PNG's transparency lets it sit on the certificate's border.
    const { images } = await processImage(Buffer.from(data, 'base64'), [{ maxSide: LOGO_MAX_SIDE, type: 'same', quality: 90 }]);
    const logo = images[0]!;
    return saveSettings(ctx, workshopId, () => ({ logo: logo.bytes, logo_type: logo.type }));
  },
};

async function saveSettings(ctx: CoreContext, workshopId: string, change: (row: CertificateSettingsRow) => Partial<Omit<CertificateSettingsRow, 'revision'>>) {
  return write(ctx, async (trx) => {
    await requireWorkshop(trx, workshopId);
    const current = await loadCertificateRow(trx, workshopId);
    // The revision is the database's to count (see db/revision.ts): left out of what is written.
    const { revision: _counted, ...fields } = { ...current, ...change(current), updated_at: ctx.now() };
    const row = await trx
      .insertInto('certificate_settings')
      .values(fields)
      .onConflict((oc) => oc.column('workshop_id').doUpdateSet(fields))
      .returningAll()
      .executeTakeFirstOrThrow();
    const settings = toCertificateSettings(row);
    return { value: settings, events: [{ type: 'certificates.saved', settings }] };
  });
}
