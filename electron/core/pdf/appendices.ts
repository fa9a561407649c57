import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportPhoto } from '../reports/report-data.ts';
import { reportTable, type ReportKit } from './kit.ts';
import type { TextRun } from './printable.ts';
import { sessionTitle } from './session-section.ts';

/** The participant list: name, role, group, gender and the days each person was checked in. */
export function participantsAppendix(kit: ReportKit): Content[] {
  const { people } = kit.data.roster;
  if (people.length === 0) return [];
  const words = kit.words.paper.report;
  const columns = words.participantColumns;
  const gender = kit.words.paper.attendance.gender;
  return [
    { text: `${words.appendix}: ${words.participants}`, style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' },
    reportTable(kit, {
      widths: [24, '*', 108, 100, 24, 52],
      columns: [columns.no, columns.name, columns.role, columns.group, columns.gender, columns.days],
      rows: people.map((person, i): TableCell[] => [
        { text: `${kit.number(i + 1)}.` },
        { text: kit.print(person.name) },
        { text: kit.words.role[person.role] ?? person.role, fontSize: 9 },
        { text: person.groupName ? kit.print(person.groupName) : kit.words.noGroup, fontSize: 9 },
        { text: person.gender ? gender[person.gender] : kit.words.notFilled, alignment: 'center' },
        { text: person.daysPresent.length ? person.daysPresent.map((d) => kit.number(d)).join(', ') : kit.words.notFilled, alignment: 'center' },
      ]),
    }),
  ];
}

/** Two photos side by side, two rows a page: four photos a page, each with its caption. */
const PHOTO_BOX: [number, number] = [238, 262];

/**
 * The "Dokumentasi" appendix: the meeting's photos first, then each session's under its title,
 * two to four a page with their captions. The document's `images` holds the pictures.
 */
export function documentationAppendix(kit: ReportKit): Content[] {
  const { photos, sessions } = kit.data;
  if (photos.length === 0) return [];
  const words = kit.words.paper.report;
  const content: Content[] = [{ text: `${words.appendix}: ${words.documentation}`, style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' }];
  const owners: Array<{ title: Array<string | TextRun>; photos: ReportPhoto[] }> = [
    { title: [words.meetingPhotos], photos: photos.filter((p) => p.sessionId === null || !sessions.some((s) => s.id === p.sessionId)) },
    ...sessions.map((s, i) => ({ title: [`${kit.words.field.session} ${kit.number(i + 1)}: `, ...[sessionTitle(kit, s)].flat()], photos: photos.filter((p) => p.sessionId === s.id) })),
  ];
  for (const owner of owners) {
    if (owner.photos.length === 0) continue;
    const rows: TableCell[][] = [];
    for (let i = 0; i < owner.photos.length; i += 2) rows.push([photoCell(kit, owner.photos[i]!), owner.photos[i + 1] ? photoCell(kit, owner.photos[i + 1]!) : { text: '' }]);
    content.push(reportTable(kit, { widths: ['*', '*'], lead: [{ text: owner.title, style: 'h3' }], rows }));
  }
  return content;
}

export function photoImageKey(photo: Pick<ReportPhoto, 'id'>): string {
  return `photo-${photo.id}`;
}

/** Every photo gets the same box (wide ones centred in it), so a page never holds more than two rows. */
function photoCell(kit: ReportKit, photo: ReportPhoto): TableCell {
  const scale = Math.min(PHOTO_BOX[0] / photo.width, PHOTO_BOX[1] / photo.height);
  const [width, height] = [photo.width * scale, photo.height * scale];
  const space = (PHOTO_BOX[1] - height) / 2;
  return {
    stack: [
      { image: photoImageKey(photo), width, height, alignment: 'center', margin: [0, space, 0, space] },
      { text: photo.caption ? kit.print(photo.caption) : ' ', fontSize: 9, alignment: 'center', margin: [0, 3, 0, 4] },
    ],
  };
}

/** The pictures of the appendix, for the document's `images`. */
export function photoImages(photos: ReportPhoto[]): Record<string, string> {
  return Object.fromEntries(photos.map((p) => [photoImageKey(p), `data:image/jpeg;base64,${Buffer.from(p.jpeg).toString('base64')}`]));
}
