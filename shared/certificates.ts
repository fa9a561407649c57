/** Who signs the certificates and piagam, the organizer's logo on them, and their numbering. */
export interface CertificateSettings {
  workshopId: string;
  /** E.g. "Drs. H. Elmunir, M.Si". */
  signatoryName: string;
  /** Nomor Induk Pegawai of a civil servant, as written ("19700101 199003 1 001"); may be empty. */
  signatoryNip: string;
  /** E.g. "Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Bengkalis". */
  signatoryPosition: string;
  /** The middle of the number: "SERT/DISPERSIP" gives "001/SERT/DISPERSIP/2022". */
  serialPrefix: string;
  /** The organizer's logo as a `data:` URL, or `null`. */
  logo: string | null;
  /** 0 until the settings are first saved. */
  revision: number;
}

export const LOGO_MAX_SIDE = 600;
export const NIP_MAX = 30;

/** "001/SERT/DISPERSIP/2022"; without a prefix "001/PLM/2022". */
export function certificateNumber(serial: number, prefix: string, year: string): string {
  return `${String(serial).padStart(3, '0')}/${prefix.trim() || 'PLM'}/${year}`;
}
