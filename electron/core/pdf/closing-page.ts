import type { Column, Content } from 'pdfmake/interfaces';
import type { ReportWorkshop } from '../reports/report-data.ts';
import { formatDate } from './format.ts';
import type { ReportKit } from './kit.ts';
import { replacedNote } from './workshop-facts.ts';

const BLANK_PLACE = '.....................';

/**
 * The last page: a closing sentence, "Bandar Lampung, 17 Oktober 2019", and signature lines
 * for the facilitator and the organizer, with their names when Rembuk knows them.
 */
export function closingPage(kit: ReportKit): Content[] {
  const { words, data } = kit;
  const { workshop } = data;
  const facilitator = data.roster.team.find((p) => p.role === 'master_trainer' || p.role === 'facilitator')?.name ?? null;
  const signature = (role: string, name: string | null): Column => ({
    stack: [
      { text: role, bold: true },
      // Both columns have this line (the organizer's name, or blank), so the signature lines align.
      { text: role === words.signOrganizer && workshop.organizer ? kit.print(workshop.organizer) : ' ', style: 'small' },
      { canvas: [{ type: 'line', x1: 0, y1: 70, x2: 190, y2: 70, lineWidth: 0.6 }] },
      name ? { text: kit.print(name), margin: [0, 4, 0, 0] } : { text: words.signName, style: 'small', margin: [0, 4, 0, 0] },
    ],
    width: 220,
  });
  return [
    { text: words.closing, style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' },
    { text: [words.closingText.before, kit.print(workshop.title), words.closingText.after].flat(), margin: [0, 0, 0, 30] },
    { text: [kit.print(signingPlace(workshop) ?? BLANK_PLACE), `, ${formatDate(workshop.endDate, kit.language)}`].flat(), alignment: 'right', margin: [0, 0, 0, 24] },
    { columns: [signature(words.signFacilitator, facilitator), { text: '', width: '*' }, signature(words.signOrganizer, null)] },
    ...replacedNote(kit),
  ];
}

/**
 * Where the report is signed: the kabupaten/kota of the meeting without its prefix, else the
 * town after the last comma of the venue ("Hotel Novotel, Bandar Lampung"); else left blank
 * for the facilitator to write by hand.
 */
export function signingPlace(workshop: Pick<ReportWorkshop, 'regencyName' | 'venue'>): string | null {
  if (workshop.regencyName) return workshop.regencyName.replace(/^(Kabupaten|Kab\.|Kota)\s+/i, '').trim();
  const parts = workshop.venue.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts.at(-1)! : null;
}
