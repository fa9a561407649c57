import type { Content } from 'pdfmake/interfaces';
import { formatDateRange } from './format.ts';
import { infoTable, type ReportKit } from './kit.ts';
import { REPLACEMENT } from './printable.ts';

/** Title, level, region, dates, venue and organizer, as the head of both reports shows them. */
export function workshopFacts(kit: ReportKit): Content {
  const { workshop } = kit.data;
  const { words } = kit;
  const region = [workshop.regencyName, workshop.provinceName && words.provinceName(workshop.provinceName)].filter(Boolean).join(', ');
  return infoTable([
    [words.field.title, kit.print(workshop.title)],
    [words.field.level, words.level[workshop.level]],
    [words.field.region, region ? kit.print(region) : null],
    [words.field.dates, formatDateRange(workshop.startDate, workshop.endDate, kit.language)],
    [words.field.venue, workshop.venue ? kit.print(workshop.venue) : null],
    [words.field.organizer, workshop.organizer ? kit.print(workshop.organizer) : null],
    [words.field.mode, words.mode[workshop.mode]],
  ] as Array<[string, ReturnType<ReportKit['print']> | null]>);
}

/** Said once, at the end, when some characters could not be printed. */
export function replacedNote(kit: ReportKit): Content[] {
  return kit.replaced() > 0 ? [{ text: kit.words.replacedNote(REPLACEMENT), style: 'small', margin: [0, 12, 0, 0] }] : [];
}
