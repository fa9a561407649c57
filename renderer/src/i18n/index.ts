import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/model.ts';
import enAgenda from './en/agenda.json';
import enAttendance from './en/attendance.json';
import enBackups from './en/backups.json';
import enBoard from './en/board.json';
import enCommands from './en/commands.json';
import enCommon from './en/common.json';
import enDetails from './en/details.json';
import enDoor from './en/door.json';
import enErrors from './en/errors.json';
import enExports from './en/exports.json';
import enTimer from './en/timer.json';
import enVoting from './en/voting.json';
import enGroups from './en/groups.json';
import enPhone from './en/phone.json';
import enHistory from './en/history.json';
import enRegions from './en/regions.json';
import enRoster from './en/roster.json';
import enSummary from './en/summary.json';
import enReports from './en/reports.json';
import enWorkshop from './en/workshop.json';
import enWorkshops from './en/workshops.json';
import enAwards from './en/awards.json';
import enDocumentation from './en/documentation.json';
import enReveal from './en/reveal.json';
import idAgenda from './id/agenda.json';
import idAttendance from './id/attendance.json';
import idBackups from './id/backups.json';
import idBoard from './id/board.json';
import idCommands from './id/commands.json';
import idCommon from './id/common.json';
import idDetails from './id/details.json';
import idDoor from './id/door.json';
import idErrors from './id/errors.json';
import idExports from './id/exports.json';
import idTimer from './id/timer.json';
import idVoting from './id/voting.json';
import idGroups from './id/groups.json';
import idPhone from './id/phone.json';
import idHistory from './id/history.json';
import idRegions from './id/regions.json';
import idRoster from './id/roster.json';
import idSummary from './id/summary.json';
import idReports from './id/reports.json';
import idWorkshop from './id/workshop.json';
import idWorkshops from './id/workshops.json';
import idAwards from './id/awards.json';
import idDocumentation from './id/documentation.json';
import idReveal from './id/reveal.json';

/**
 * Bahasa Indonesia first, English second. One JSON file per feature (namespace) and language;
 * components never hard-code a user-facing string.
 */
export const resources = {
  id: {
    common: idCommon,
    workshops: idWorkshops,
    workshop: idWorkshop,
    board: idBoard,
    errors: idErrors,
    details: idDetails,
    groups: idGroups,
    regions: idRegions,
    roster: idRoster,
    attendance: idAttendance,
    summary: idSummary,
    reports: idReports,
    agenda: idAgenda,
    voting: idVoting,
    timer: idTimer,
    phone: idPhone,
    door: idDoor,
    commands: idCommands,
    history: idHistory,
    awards: idAwards,
    reveal: idReveal,
    documentation: idDocumentation,
    exports: idExports,
    backups: idBackups,
  },
  en: {
    common: enCommon,
    workshops: enWorkshops,
    workshop: enWorkshop,
    board: enBoard,
    errors: enErrors,
    details: enDetails,
    groups: enGroups,
    regions: enRegions,
    roster: enRoster,
    attendance: enAttendance,
    summary: enSummary,
    reports: enReports,
    agenda: enAgenda,
    voting: enVoting,
    timer: enTimer,
    phone: enPhone,
    door: enDoor,
    commands: enCommands,
    history: enHistory,
    awards: enAwards,
    reveal: enReveal,
    documentation: enDocumentation,
    exports: enExports,
    backups: enBackups,
  },
} as const;

export const defaultNS = 'common';

export async function startI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'id',
    defaultNS,
    ns: Object.keys(resources.id),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
