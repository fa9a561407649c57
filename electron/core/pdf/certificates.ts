import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { certificateNumber } from '#shared/certificates.ts';
import { certificateRecipients } from '../certificates/recipients.ts';
import type { ReportData, RosterEntry } from '../reports/report-data.ts';
import { certificateDocument, type CertificatePage } from './certificate-frame.ts';
import type { GlyphCoverage } from './fonts.ts';
import { reportKit, type ReportKit } from './kit.ts';

/**
 * Certificates (sertifikat): one A4 landscape page per participant and team member, with the
 * role they had, the meeting, the signatory and a number that stays the same on every reprint.
 * Everyone, one group, or the team, as the export asks.
 */
export function certificates(data: ReportData, coverage: GlyphCoverage, onLayout?: (share: number) => void): TDocumentDefinitions {
  const kit = reportKit(data, coverage, onLayout);
  const words = kit.words.paper.certificate;
  const year = data.workshop.endDate.slice(0, 4);
  const pages = certificateRecipients(data.roster.people, data.paperwork.options).map(
    (person): CertificatePage => ({
      title: words.title,
      number: data.paperwork.serials[person.id] ? words.number(certificateNumber(data.paperwork.serials[person.id]!, data.paperwork.serialPrefix, year)) : null,
      name: person.name,
      origin: originOf(person),
      as: roleOf(kit, person),
      detail: [],
    }),
  );
  return certificateDocument(kit, kit.words.paper.file.certificates, pages, words.nobody);
}

/** The team by their role; everyone else took part as a participant. */
function roleOf(kit: ReportKit, person: RosterEntry): string {
  const roles = kit.words.paper.certificate.role;
  return roles[person.role] ?? roles.participant!;
}

function originOf(person: RosterEntry): string | null {
  return [person.institution || person.village, person.groupName ?? person.regency].map((s) => s.trim()).filter(Boolean).join(', ') || null;
}
