import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportData } from '../reports/report-data.ts';
import { agendaSection } from './agenda-section.ts';
import { closingPage } from './closing-page.ts';
import { coverPage } from './cover-page.ts';
import type { GlyphCoverage } from './fonts.ts';
import { reportDocument, reportKit } from './kit.ts';
import { matrixSection } from './matrix-section.ts';
import { sessionSection, sessionTitle, sessionWhen } from './session-section.ts';
import { summarySection } from './summary-section.ts';
import { documentationAppendix, participantsAppendix, photoImages } from './appendices.ts';
import { awardsSection } from './awards-section.ts';
import { minutesBlock } from './minutes-block.ts';
import { strategySection } from './strategy-section.ts';

/**
 * The *laporan kegiatan* of a whole workshop (A4): cover; summary of participants and
 * attendance; agenda; every session; the challenge × group matrix (landscape when the groups
 * need the width, split over pages when they do not fit); achievements per TPBIS strategy; the
 * awards; a closing page with place, date and signature lines; then the appendices: the
 * participant list and the documentation photos. A plenary session has no board: it is listed
 * in the agenda only (its minutes are printed).
 */
export function workshopReport(data: ReportData, coverage: GlyphCoverage, onLayout?: (share: number) => void): TDocumentDefinitions {
  const kit = reportKit(data, coverage, onLayout);
  const { words } = kit;
  const content: Content[] = [coverPage(kit)];
  content.push({ text: words.summary, style: 'h1', pageBreak: 'before' }, ...summarySection(kit));
  content.push({ text: words.agenda, style: 'h2', margin: [0, 14, 0, 4] }, agendaSection(kit));
  data.sessions.filter((s) => s.kind === 'board').forEach((session, i) => {
    content.push(
      { text: [`${words.field.session} ${kit.number(i + 1)}: `, sessionTitle(kit, session)].flat(), style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' },
      { text: sessionWhen(kit, session), margin: [0, 0, 0, 4] },
      ...(session.question ? [{ text: [{ text: `${words.field.question}: `, bold: true }, { text: kit.print(session.question), style: 'question' }], margin: [0, 0, 0, 10] } as Content] : []),
      ...minutesBlock(kit, session.id),
      ...sessionSection(kit, session),
    );
  });
  content.push(...matrixSection(kit));
  content.push(...strategySection(kit));
  content.push(...awardsSection(kit));
  content.push(...closingPage(kit));
  content.push(...participantsAppendix(kit));
  content.push(...documentationAppendix(kit));
  return { ...reportDocument(kit, words.reportTitle.workshop, content, { skipFrameOnFirstPage: true }), images: photoImages(data.photos) };
}
