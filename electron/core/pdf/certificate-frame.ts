import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { TEXT_FONT } from './fonts.ts';
import { formatDate, formatDateRange } from './format.ts';
import { INK, MUTED, type ReportKit } from './kit.ts';
import { signingPlace } from './closing-page.ts';
import type { TextRun } from './printable.ts';

const PAGE = { width: 841.89, height: 595.28 };
const GOLD = '#9a7b2f';

/** What changes from one certificate page to the next. */
export interface CertificatePage {
  title: string;
  /** "Nomor: 001/SERT/2022"; piagam have none. */
  number: string | null;
  name: string;
  /** Where the person or library comes from, under the name. */
  origin: string | null;
  /** "Peserta", "Juara 1". */
  as: string;
  /** Under `as`: the award's category and score. */
  detail: Array<string | null>;
}

/**
 * Certificates and piagam: A4 landscape, one page each, in a double border, with the
 * organizer's logo when one was chosen, the meeting in one sentence, and the signatory's block
 * (place and date, position, room to sign, name, NIP).
 */
export function certificateDocument(kit: ReportKit, fileTitle: string, pages: CertificatePage[], emptyNote: string): TDocumentDefinitions {
  const { logo } = kit.data.paperwork;
  const content: Content[] = pages.length === 0 ? [{ text: emptyNote, style: 'muted', margin: [0, 200, 0, 0], alignment: 'center' }] : [];
  pages.forEach((page, i) => content.push(certificatePage(kit, page, i > 0)));
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [70, 48, 70, 40],
    info: { title: `${fileTitle}: ${kit.data.workshop.title}`, creator: 'Rembuk', producer: 'Rembuk' },
    language: kit.language === 'en' ? 'en-GB' : 'id-ID',
    defaultStyle: { font: TEXT_FONT, fontSize: 11, lineHeight: 1.2, color: INK, alignment: 'center' },
    background: () => ({
      canvas: [
        { type: 'rect', x: 22, y: 22, w: PAGE.width - 44, h: PAGE.height - 44, lineWidth: 3, lineColor: GOLD },
        { type: 'rect', x: 30, y: 30, w: PAGE.width - 60, h: PAGE.height - 60, lineWidth: 0.8, lineColor: GOLD },
      ],
    }),
    ...(logo ? { images: { logo: `data:${logo.type};base64,${Buffer.from(logo.bytes).toString('base64')}` } } : {}),
    content,
  };
}

function certificatePage(kit: ReportKit, page: CertificatePage, breakBefore: boolean): Content {
  const { workshop, paperwork } = kit.data;
  const words = kit.words.paper.certificate;
  // One stack per page, kept together, so a long name can never push a signature onto a page of its own.
  kit.meter.rows += 1;
  const stack: Content[] = [
    paperwork.logo ? { image: 'logo', fit: [64, 64], alignment: 'center', margin: [0, 0, 0, 6] } : { text: '', margin: [0, 22, 0, 0] },
    { text: page.title, fontSize: page.title.length > 12 ? 24 : 30, bold: true, characterSpacing: 3, color: GOLD },
    page.number ? { text: page.number, fontSize: 10, color: MUTED, margin: [0, 2, 0, 0] } : { text: '' },
    { text: words.givenTo, margin: [0, 12, 0, 2] },
    { text: kit.print(page.name), fontSize: page.name.length > 40 ? 20 : 26, bold: true },
    page.origin ? { text: kit.print(page.origin), color: MUTED, fontSize: 10 } : { text: '' },
    { text: words.as, margin: [0, 8, 0, 0] },
    { text: kit.print(page.as), fontSize: 16, bold: true },
    ...page.detail.flatMap((line) => (line ? [{ text: kit.print(line), fontSize: 12 } as Content] : [])),
    meetingSentence(kit),
    signatureBlock(kit, workshop.endDate),
  ];
  return { stack, unbreakable: true, ...(breakBefore ? { pageBreak: 'before' as const } : {}) };
}

/** "dalam kegiatan PLM … yang diselenggarakan oleh Dispersip … pada 13 Oktober 2022 bertempat di Aula …." */
function meetingSentence(kit: ReportKit): Content {
  const { workshop } = kit.data;
  const body = kit.words.paper.certificate.body;
  const parts: Array<string | TextRun | { text: Array<string | TextRun>; bold: true }> = [body.activity, { text: [kit.print(workshop.title)].flat(), bold: true }];
  if (workshop.organizer) parts.push(body.organizedBy, ...[kit.print(workshop.organizer)].flat());
  parts.push(body.on, formatDateRange(workshop.startDate, workshop.endDate, kit.language));
  if (workshop.venue) parts.push(body.at, ...[kit.print(workshop.venue)].flat());
  parts.push(body.end);
  return { text: parts, margin: [40, 10, 40, 0], fontSize: 11 };
}

/** Place and date, the position, room to sign, the name underlined and the NIP; blank lines when not filled in. */
function signatureBlock(kit: ReportKit, day: string): Content {
  const { signatory } = kit.data.paperwork;
  const place = signingPlace(kit.data.workshop) ?? '....................';
  return {
    columns: [
      { text: '', width: '*' },
      {
        width: 280,
        stack: [
          { text: [kit.print(place), `, ${formatDate(day, kit.language)}`].flat() },
          { text: signatory.position ? kit.print(signatory.position) : ' ', margin: [0, 0, 0, 0] },
          { text: signatory.name ? kit.print(signatory.name) : '(..............................................)', bold: true, decoration: signatory.name ? 'underline' : undefined, margin: [0, 44, 0, 0] },
          signatory.nip ? { text: kit.words.paper.certificate.nip(signatory.nip), fontSize: 10 } : { text: '' },
        ],
      },
    ],
    margin: [0, 14, 0, 0],
  };
}
