import { z } from 'zod';
import { NIP_MAX, type CertificateSettings } from '../certificates.ts';
import { id, NAME_MAX, optionalText, TITLE_MAX } from '../schemas.ts';
import { method } from './method.ts';

/** The certificates' signatory, logo and numbering, kept per workshop. */
export const certificateMethods = {
  'certificates.settings': method<CertificateSettings>()(z.strictObject({ workshopId: id })),
  'certificates.saveSettings': method<CertificateSettings>()(
    z.strictObject({
      workshopId: id,
      signatoryName: optionalText(NAME_MAX).optional(),
      signatoryNip: z.string().trim().max(NIP_MAX).regex(/^[0-9 .]*$/).optional(),
      signatoryPosition: optionalText(TITLE_MAX).optional(),
      serialPrefix: z.string().trim().max(60).regex(/^[^\\\n\r]*$/).optional(),
    }),
  ),
  /** A JPEG or PNG logo for the certificates (kept at most 600 px a side); `data: null` removes it. */
  'certificates.setLogo': method<CertificateSettings>()(
    z.strictObject({ workshopId: id, data: z.base64().max(16 * 1024 * 1024).nullable() }),
  ),
};
