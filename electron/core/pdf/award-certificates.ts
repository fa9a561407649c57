import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { winnersOf } from '#shared/awards.ts';
import type { ReportData } from '../reports/report-data.ts';
import { certificateDocument, type CertificatePage } from './certificate-frame.ts';
import type { GlyphCoverage } from './fonts.ts';
import { reportKit } from './kit.ts';

/**
 * Piagam penghargaan: one A4 landscape page per winner of an award category (or of every
 * category), first place first, in the certificates' frame.
 */
export function awardCertificates(data: ReportData, coverage: GlyphCoverage, onLayout?: (share: number) => void): TDocumentDefinitions {
  const kit = reportKit(data, coverage, onLayout);
  const words = kit.words.paper.award;
  const { categoryId } = data.paperwork.options;
  const pages: CertificatePage[] = data.awards
    .filter((award) => categoryId === null || award.category.id === categoryId)
    .flatMap((award) =>
      winnersOf(award.category, award.ranking).map((winner) => {
        const place = kit.number(winner.place!);
        return {
          title: words.title,
          number: null,
          name: winner.entrant.name,
          origin: award.originOf[winner.entrant.id] ?? null,
          as: winner.tied ? words.sharedPlace(place) : words.place(place),
          detail: [award.category.name, words.score(kit.number(winner.total))],
        };
      }),
    );
  return certificateDocument(kit, kit.words.paper.file.award_certificates, pages, words.nobody);
}
