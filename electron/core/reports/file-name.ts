import type { ReportContent, ReportFormat } from '#shared/reports.ts';
import type { ReportData } from './report-data.ts';
import { wordsFor } from './words/index.ts';

type PaperworkContent = 'attendance' | 'certificates' | 'award_certificates';
const paperworkContent = (content: ReportContent): content is PaperworkContent =>
  content === 'attendance' || content === 'certificates' || content === 'award_certificates';

const MAX_LENGTH = 150;

/**
 * The name a save dialog or a download suggests: "Laporan PLM Provinsi Lampung 2019.pdf",
 * "Laporan sesi PLM Provinsi Lampung 2019 - Berbagi capaian.pdf". Characters Windows forbids
 * in file names are left out.
 */
export function exportFileName(data: ReportData, content: ReportContent, format: ReportFormat): string {
  const words = wordsFor(data.language);
  const session = data.sessionId ? data.sessions.find((s) => s.id === data.sessionId) : undefined;
  const parts = [`${paperworkContent(content) ? words.paper.file[content] : words.file[content][session ? 'session' : 'workshop']} ${data.workshop.title}`];
  if (session) parts.push(session.title || words.template[session.template]);
  parts.push(...paperworkPart(data, content));
  const stem = parts
    .join(' - ')
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return `${Array.from(stem).slice(0, MAX_LENGTH).join('').trim() || 'Rembuk'}.${format}`;
}

/** "Hari ke-2", a group's name, "Tim", an award's name: which part of the paperwork this file holds. */
function paperworkPart(data: ReportData, content: ReportContent): string[] {
  const words = wordsFor(data.language);
  const { options } = data.paperwork;
  if (content === 'attendance' && options.day !== null) return [words.paper.attendance.dayOf(String(options.day))];
  if (content === 'certificates' && options.certificateGroup === 'team') return [words.team];
  if (content === 'certificates' && options.certificateGroup) return [data.groups.find((g) => g.id === options.certificateGroup)?.name ?? ''];
  if (content === 'award_certificates' && options.categoryId) return [data.awards.find((a) => a.category.id === options.categoryId)?.category.name ?? ''];
  return [];
}
