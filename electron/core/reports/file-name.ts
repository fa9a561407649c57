import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import type { ReportData } from './report-data.ts';
import { wordsFor } from './words/index.ts';

const MAX_LENGTH = 150;

/**
 * The name a save dialog or a download suggests: "Laporan PLM Provinsi Lampung 2019.pdf",
 * "Laporan sesi PLM Provinsi Lampung 2019 - Berbagi capaian.pdf". Characters Windows forbids
 * in file names are left out.
 */
export function exportFileName(data: ReportData, content: ReportContent, format: ReportFormat): string {
  const words = wordsFor(data.language);
  const session = data.sessionId ? data.sessions.find((s) => s.id === data.sessionId) : undefined;
  const parts = [`${words.file[content][session ? 'session' : 'workshop']} ${data.workshop.title}`];
  if (session) parts.push(session.title || words.template[session.template]);
  const stem = parts
    .join(' - ')
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return `${Array.from(stem).slice(0, MAX_LENGTH).join('').trim() || 'Rembuk'}.${format}`;
}
