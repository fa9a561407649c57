import type { CertificateSettings } from '#shared/certificates.ts';
import type { Db, Trx } from '../context.ts';
import type { CertificateSettingsRow } from '../db/schema.ts';
import { dataUrl } from '../images/image-type.ts';

/** A workshop's certificate settings; a workshop that never set them gets empty ones. */
export async function loadCertificateRow(db: Db | Trx, workshopId: string): Promise<CertificateSettingsRow> {
  const row = await db.selectFrom('certificate_settings').selectAll().where('workshop_id', '=', workshopId).executeTakeFirst();
  return row ?? { workshop_id: workshopId, signatory_name: '', signatory_nip: '', signatory_position: '', serial_prefix: '', logo: null, logo_type: null, updated_at: '', revision: 0 };
}

export function toCertificateSettings(row: CertificateSettingsRow): CertificateSettings {
  return {
    workshopId: row.workshop_id,
    signatoryName: row.signatory_name,
    signatoryNip: row.signatory_nip,
    signatoryPosition: row.signatory_position,
    serialPrefix: row.serial_prefix,
    logo: row.logo && row.logo_type ? dataUrl(row.logo_type, row.logo) : null,
    revision: row.revision,
  };
}
