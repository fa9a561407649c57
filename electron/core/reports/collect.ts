import { LANGUAGES, type Language } from '#shared/model.ts';
import { AppError } from '#shared/errors.ts';
import type { Db } from '../context.ts';
import type { PaperworkOptions, ReportContent } from '#shared/reports.ts';
import { collectBoard } from './collect-board.ts';
import { collectAwards, collectMinutes, collectPaperwork, collectPhotos } from './collect-paperwork.ts';
import { collectRoster } from './collect-roster.ts';
import { collectWorkshop } from './collect-workshop.ts';
import type { ReportData } from './report-data.ts';

/**
 * The one place that gathers what reports and exports show. Each part comes from the domain
 * that owns it (`collect-workshop`: details from setup; `collect-board`: sessions, cards,
 * votes, links, clusters from the board; `collect-roster`: participants and attendance from
 * setup), so a new field reaches every report through one file.
 */
export async function collectReportData(
  db: Db,
  scope: { workshopId: string; sessionId: string | null },
  generatedAt: string,
  what: { content: ReportContent; options: PaperworkOptions } = { content: 'report', options: NO_OPTIONS },
): Promise<ReportData> {
  const workshop = await collectWorkshop(db, scope.workshopId);
  if (scope.sessionId) {
    const session = await db.selectFrom('sessions').select('workshop_id').where('id', '=', scope.sessionId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!session || session.workshop_id !== scope.workshopId) throw new AppError('not_found', `Session ${scope.sessionId} not found`, { entity: 'session' });
  }
  const board = await collectBoard(db, scope);
  const roster = await collectRoster(db, scope.workshopId);
  return {
    language: await reportLanguage(db),
    generatedAt,
    sessionId: scope.sessionId,
    workshop,
    ...board,
    roster,
    minutes: await collectMinutes(db, scope.workshopId),
    photos: await collectPhotos(db, scope, what.content),
    awards: await collectAwards(db, scope.workshopId, board.groups, roster.people),
    paperwork: await collectPaperwork(db, scope.workshopId, what.options),
  };
}

/** A report or a data export: no paperwork options. */
export const NO_OPTIONS: PaperworkOptions = { day: null, certificateGroup: null, presentOnly: false, categoryId: null };

/** Reports speak the language the facilitator chose for the app. */
async function reportLanguage(db: Db): Promise<Language> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'language').executeTakeFirst();
  return (LANGUAGES as readonly string[]).includes(row?.value ?? '') ? (row!.value as Language) : 'id';
}
