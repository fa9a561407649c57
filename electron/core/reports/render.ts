import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import { glyphCoverage } from '../pdf/fonts.ts';
import { renderPdf } from '../pdf/pdfmake.ts';
import { sessionReport } from '../pdf/session-report.ts';
import { workshopReport } from '../pdf/workshop-report.ts';
import type { ReportData } from './report-data.ts';
import { actionPlanTable, cardsTable } from './sheets/rows.ts';
import { toCsv, toXlsx } from './sheets/write.ts';

export interface RenderRequest {
  content: ReportContent;
  format: ReportFormat;
  data: ReportData;
}

/** Makes the file of one export from collected data. Runs inside the report worker. */
export async function renderExport({ content, format, data }: RenderRequest, onProgress: (share: number) => void): Promise<Uint8Array> {
  if (content === 'report') {
    const document = data.sessionId ? sessionReport(data, glyphCoverage()) : workshopReport(data, glyphCoverage());
    return renderPdf(document, onProgress);
  }
  const table = content === 'cards' ? cardsTable(data) : actionPlanTable(data);
  return format === 'csv' ? toCsv(table, data.language) : toXlsx(table);
}
