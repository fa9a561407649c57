import { rankCategory, type Entrant } from '#shared/awards.ts';
import type { PaperworkOptions, ReportContent } from '#shared/reports.ts';
import type { Db } from '../context.ts';
import { loadAwardsBook } from '../awards/book.ts';
import { loadCertificateRow } from '../certificates/settings.ts';
import type { ReportAward, ReportGroup, ReportPaperwork, ReportPhoto, RosterEntry } from './report-data.ts';

/** Each session's minutes, by session id. */
export async function collectMinutes(db: Db, workshopId: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('session_minutes').select(['session_id', 'text']).where('workshop_id', '=', workshopId).execute();
  return Object.fromEntries(rows.map((r) => [r.session_id, r.text]));
}

/**
 * The photos a PDF report lays out (with their images; other exports need none): a session's
 * own for a session report, all of them for the workshop's.
 */
export async function collectPhotos(db: Db, scope: { workshopId: string; sessionId: string | null }, content: ReportContent): Promise<ReportPhoto[]> {
  if (content !== 'report') return [];
  let query = db.selectFrom('photos').select(['id', 'session_id', 'caption', 'width', 'height']).where('workshop_id', '=', scope.workshopId).where('deleted_at', 'is', null);
  if (scope.sessionId) query = query.where('session_id', '=', scope.sessionId);
  const rows = await query.orderBy('position').orderBy('id').execute();
  const photos: ReportPhoto[] = [];
  // One image per query: forty photos read at once would hold the core's thread for a while.
  for (const r of rows) {
    const { image } = await db.selectFrom('photos').select('image').where('id', '=', r.id).executeTakeFirstOrThrow();
    photos.push({ id: r.id, sessionId: r.session_id, caption: r.caption, width: r.width, height: r.height, jpeg: image });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return photos;
}

/** Every award category ranked by the shared rule, with its entrants named. */
export async function collectAwards(db: Db, workshopId: string, groups: ReportGroup[], people: RosterEntry[]): Promise<ReportAward[]> {
  const book = await loadAwardsBook(db, workshopId);
  const jurorName = new Map(book.jurors.map((j) => [j.id, j.name]));
  const groupEntrants: Entrant[] = groups.map((g) => ({ id: g.id, name: g.name }));
  const personEntrants: Entrant[] = people.map((p) => ({ id: p.id, name: p.name }));
  const originOf = Object.fromEntries(people.map((p) => [p.id, [p.institution || p.village, p.groupName ?? p.regency].filter(Boolean).join(', ') || null]));
  return book.categories.map((category) => {
    const criterionIds = new Set(category.criteria.map((c) => c.id));
    const jurorIds = [...new Set(book.scores.filter((s) => criterionIds.has(s.criterionId)).map((s) => s.jurorId))];
    return {
      category,
      jurors: book.jurors.filter((j) => jurorIds.includes(j.id)).map((j) => jurorName.get(j.id)!),
      ranking: rankCategory(category, book.scores, category.entrants === 'groups' ? groupEntrants : personEntrants),
      originOf: category.entrants === 'groups' ? {} : originOf,
    };
  });
}

/** The signatory, logo and certificate numbers, and the options of this export. */
export async function collectPaperwork(db: Db, workshopId: string, options: PaperworkOptions): Promise<ReportPaperwork> {
  const settings = await loadCertificateRow(db, workshopId);
  const serials = await db.selectFrom('certificate_serials').select(['participant_id', 'serial']).where('workshop_id', '=', workshopId).execute();
  return {
    options,
    signatory: { name: settings.signatory_name, nip: settings.signatory_nip, position: settings.signatory_position },
    serialPrefix: settings.serial_prefix,
    logo: settings.logo && settings.logo_type ? { type: settings.logo_type as 'image/jpeg' | 'image/png', bytes: settings.logo } : null,
    serials: Object.fromEntries(serials.map((s) => [s.participant_id, s.serial])),
  };
}
