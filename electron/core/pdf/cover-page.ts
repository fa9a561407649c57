import type { Content } from 'pdfmake/interfaces';
import { formatDate, localDay } from './format.ts';
import type { ReportKit } from './kit.ts';
import { workshopFacts } from './workshop-facts.ts';

/** The first page: what, where, when and by whom; no running header or page number. */
export function coverPage(kit: ReportKit): Content {
  const { workshop, generatedAt } = kit.data;
  const { words } = kit;
  return {
    stack: [
      { text: words.reportTitle.workshop.toLocaleUpperCase(kit.language === 'id' ? 'id-ID' : 'en-GB'), style: 'coverKicker', margin: [0, 150, 0, 8] },
      { text: kit.print(workshop.title), style: 'coverTitle', margin: [0, 0, 0, 6] },
      { text: words.programme, style: 'muted', margin: [0, 0, 0, 28] },
      workshopFacts(kit),
      { text: words.madeOn(formatDate(localDay(generatedAt), kit.language)), style: 'small', margin: [0, 200, 0, 0] },
    ],
  };
}
