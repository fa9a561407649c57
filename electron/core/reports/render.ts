import type { CsvSeparator } from '#shared/model.ts';
import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import { glyphCoverage } from '../pdf/fonts.ts';
import { renderPdf } from '../pdf/pdfmake.ts';
import { csvBytes, xlsxBytes } from '../spreadsheets/write.ts';
import { sessionReport } from '../pdf/session-report.ts';
import { workshopReport } from '../pdf/workshop-report.ts';
import { attendanceSheets } from '../pdf/attendance-sheet.ts';
import { awardCertificates } from '../pdf/award-certificates.ts';
import { certificates } from '../pdf/certificates.ts';
import type { ReportData } from './report-data.ts';
import { actionPlanTable, cardsTable } from './sheets/rows.ts';

export interface RenderRequest {
  content: ReportContent;
  format: ReportFormat;
  data: ReportData;
  /** The CSV separator the facilitator chose (settings). */
  csvSeparator?: CsvSeparator;
}

/** The paperwork's documents; a report is a session's or the workshop's. */
const PDF_BUILDERS: Partial<Record<ReportContent, typeof workshopReport>> = {
  attendance: attendanceSheets,
  certificates,
  award_certificates: awardCertificates,
};

/** Laying pages out takes about two thirds of a report's time, drawing them the rest. */
const LAYOUT_SHARE = 0.65;

/** Makes the file of one export from collected data. Runs inside the report worker. */
export async function renderExport({ content, format, data, csvSeparator = ',' }: RenderRequest, onProgress: (share: number) => void): Promise<Uint8Array> {
  if (content === 'report' || content === 'attendance' || content === 'certificates' || content === 'award_certificates') {
    const build = PDF_BUILDERS[content] ?? (data.sessionId ? sessionReport : workshopReport);
    const document = build(data, glyphCoverage(), (share) => onProgress(share * LAYOUT_SHARE));
    return renderPdf(document, (share) => onProgress(LAYOUT_SHARE + share * (1 - LAYOUT_SHARE)));
  }
  const table = content === 'cards' ? cardsTable(data) : actionPlanTable(data);
  const rows = [table.header, ...table.rows];
  return format === 'csv' ? csvBytes(rows, csvSeparator) : xlsxBytes(rows, { sheet: table.name, widths: table.widths });
}
