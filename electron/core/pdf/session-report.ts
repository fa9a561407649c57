import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportData } from '../reports/report-data.ts';
import type { GlyphCoverage } from './fonts.ts';
import { replacedNote, workshopFacts } from './workshop-facts.ts';
import { reportDocument, reportKit } from './kit.ts';
import { sessionSection, sessionTitle, sessionWhen } from './session-section.ts';
import { documentationAppendix, photoImages } from './appendices.ts';
import { minutesBlock } from './minutes-block.ts';

/**
 * The report of one session (A4): the workshop's facts, the session's title, day and guiding
 * question, then every group's cards, the inbox and the totals.
 */
export function sessionReport(data: ReportData, coverage: GlyphCoverage, onLayout?: (share: number) => void): TDocumentDefinitions {
  const session = data.sessions.find((s) => s.id === data.sessionId);
  if (!session) throw new Error(`sessionReport: session ${String(data.sessionId)} is not in the data`);
  const kit = reportKit(data, coverage, onLayout);
  const { words } = kit;
  const content: Content[] = [
    { text: words.reportTitle.session.toLocaleUpperCase(kit.language === 'id' ? 'id-ID' : 'en-GB'), style: 'coverKicker', margin: [0, 0, 0, 4] },
    { text: sessionTitle(kit, session), style: 'h1' },
    { text: sessionWhen(kit, session), margin: [0, 0, 0, 6] },
    ...(session.question ? [{ text: [{ text: `${words.field.question}: `, bold: true }, { text: kit.print(session.question), style: 'question' }], margin: [0, 0, 0, 10] } as Content] : []),
    workshopFacts(kit),
    ...minutesBlock(kit, session.id),
    ...sessionSection(kit, session),
  ];
  content.push(...replacedNote(kit));
  content.push(...documentationAppendix(kit));
  return { ...reportDocument(kit, words.reportTitle.session, content), images: photoImages(data.photos) };
}
