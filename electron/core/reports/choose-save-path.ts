import type { ReportFormat } from '#shared/reports.ts';

export interface SaveRequest {
  /** The suggested name, e.g. "Laporan PLM Provinsi Lampung 2019.pdf". */
  fileName: string;
  format: ReportFormat;
}

/**
 * Asks the facilitator where to save an export; resolves with the chosen path, or `null` when
 * they cancel. The desktop door implements it with a native dialog (`electron/main/`); the
 * browser host has none and offers a download instead.
 */
export type ChooseSavePath = (request: SaveRequest) => Promise<string | null>;
