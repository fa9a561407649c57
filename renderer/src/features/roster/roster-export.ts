import type { SpreadsheetFormat } from '#shared/methods/spreadsheets.ts';
import type { Participant } from '#shared/model.ts';
import { normalizeName } from '#shared/names.ts';
import { meetingDays } from '#shared/schemas.ts';
import { saveExportedFile } from '../../files.ts';
import { formatShortDay } from '../../format.ts';
import { i18next } from '../../i18n/index.ts';
import { ask } from '../../editor/ask.ts';
import { workshopGroups, workshopParticipants } from '../../editor/store.ts';
import { getState } from '../../editor/store.ts';

/**
 * The roster as a file, in the words on screen: the headings read back by the import, so an
 * exported list can be imported into the next meeting as it is.
 */
export async function exportRoster(workshopId: string, format: SpreadsheetFormat): Promise<void> {
  const state = getState();
  const workshop = state.workshops[workshopId];
  if (!workshop) return;
  const t = i18next.getFixedT(null, 'roster');
  const language = i18next.language === 'en' ? 'en' : 'id';
  const days = meetingDays(workshop.startDate, workshop.endDate);
  const groups = new Map(workshopGroups(state, workshopId).map((g) => [g.id, g.name]));
  const header = [
    t('export.number'),
    t('fields.name'),
    t('fields.gender'),
    t('fields.role'),
    t('fields.group'),
    t('fields.regency'),
    t('fields.village'),
    t('fields.institution'),
    t('fields.phone'),
    t('fields.notes'),
    ...days.map((day, i) => t('export.presentOnDay', { day: i + 1, date: formatShortDay(day, language) })),
  ];
  const row = (p: Participant, index: number) => [
    String(index + 1),
    p.name,
    p.gender ? t(`genderShort.${p.gender}`) : '',
    t(`role.${p.role}`),
    p.groupId ? (groups.get(p.groupId) ?? '') : '',
    p.regency,
    p.village,
    p.institution,
    p.phone,
    p.notes,
    ...days.map((_, i) => (p.daysPresent.includes(i + 1) ? t('export.present') : '')),
  ];
  const file = await ask('spreadsheets.write', {
    fileName: `${t('export.fileName')}-${slug(workshop.title)}`,
    format,
    sheetName: t('export.sheetName'),
    rows: [header, ...workshopParticipants(state, workshopId).map(row)],
  });
  if (file) saveExportedFile(file);
}

function slug(title: string): string {
  return normalizeName(title).replaceAll(' ', '-').slice(0, 60) || 'rembuk';
}
